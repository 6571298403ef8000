using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dossier.Model;
using Dossier.Output;

namespace Dossier.Web;

/// <summary>
/// Flags quotes that two outlets give differently: the same speaker, mostly the same words, but not all.
/// Each such quote gets "differs": [{quote, outlet, words}], the words it has that the other version lacks,
/// which the page highlights. Identical quotes and unrelated ones (little overlap) are not flagged.
/// </summary>
internal static partial class QuoteFidelity
{
    /// <summary>Share of words two versions must have in common to count as the same statement.</summary>
    private const double SameStatement = 0.5;

    public static void Flag(JsonArray quotes, IReadOnlyDictionary<string, Article> articles)
    {
        var list = quotes.OfType<JsonObject>().ToList();
        var words = list.Select(q => Words((string?)q["text"] ?? "")).ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var differs = new JsonArray();
            for (var j = 0; j < list.Count; j++)
            {
                if (i == j || Speaker(list[i]) != Speaker(list[j])) continue;
                var (ai, aj) = ((string?)list[i]["article"], (string?)list[j]["article"]);
                if (ai == aj || aj is null || !articles.TryGetValue(aj, out var other)) continue;
                var (a, b) = (words[i], words[j]);
                var shared = a.Intersect(b, StringComparer.Ordinal).Count();
                var union = a.Union(b, StringComparer.Ordinal).Count();
                if (union == 0 || (double)shared / union < SameStatement || a.SetEquals(b)) continue;
                differs.Add(new JsonObject
                {
                    ["quote"] = j,
                    ["outlet"] = Outlets.Name(other),
                    ["words"] = Json.Array(a.Except(b, StringComparer.Ordinal).Order(StringComparer.Ordinal)),
                    ["missing"] = Json.Array(b.Except(a, StringComparer.Ordinal).Order(StringComparer.Ordinal)),
                });
            }
            if (differs.Count > 0) list[i]["differs"] = differs;
        }
    }

    private static string Speaker(JsonObject q) => (string?)q["entity"] ?? ((string?)q["speaker"] ?? "").ToLowerInvariant();

    internal static HashSet<string> Words(string text) =>
        new(WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()), StringComparer.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex WordPattern();
}
