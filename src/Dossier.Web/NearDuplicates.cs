using System.Text.Json.Nodes;
using Dossier.Model;
using Dossier.Output;
using Dossier.Store;

namespace Dossier.Web;

/// <summary>
/// Articles that repeat much of this one's wording (a rewrite, a wire copy), among the articles of its stories,
/// plus the pieces it was split from or into. Resemblance is the share of the shorter text's 4-word shingles
/// found in the other (containment rather than Jaccard, so a short rewrite of a long piece still counts):
/// rewrites of one interview share long runs of words where two reports of one event do not.
/// </summary>
internal static class NearDuplicates
{
    private const int Shingle = 4;
    private const double Threshold = 0.2;

    public static JsonArray Of(Article a, IEnumerable<string> candidates, IArticleStore store)
    {
        var mine = Shingles(a.Text);
        var found = new JsonArray();
        foreach (var id in candidates.Where(id => id != a.Id))
        {
            if (store.LoadArticle(id) is not { } other) continue;
            var theirs = Shingles(other.Text);
            var smaller = Math.Min(mine.Count, theirs.Count);
            var overlap = smaller == 0 ? 0 : (double)mine.Count(theirs.Contains) / smaller;
            var relation = other.Id == a.FragmentOf ? "split from" : other.FragmentOf == a.Id ? "split off" : null;
            if (relation is null && overlap < Threshold) continue;
            found.Add(new JsonObject
            {
                ["id"] = other.Id,
                ["title"] = other.Title,
                ["outlet"] = Outlets.Name(other),
                ["overlap"] = Math.Round(overlap, 3),
                ["relation"] = relation ?? "similar wording",
            });
        }
        return found;
    }

    private static HashSet<string> Shingles(string text)
    {
        var words = text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + Shingle <= words.Length; i++) set.Add(string.Join(' ', words, i, Shingle));
        return set;
    }
}
