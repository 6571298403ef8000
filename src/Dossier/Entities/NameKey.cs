using System.Collections.Immutable;
using System.Text;

namespace Dossier.Entities;

/// <summary>
/// The comparison key of a name. Outlets spell one name many ways ("Al-Assad", "al Assad", "Assad",
/// "Walid al- Moallem", "François"/"Francois", "U.S."/"US"), so the key drops particles, hyphens, dots,
/// apostrophes, accents and case, keeping the words in order: "Bashar al-Assad" → "bashar assad".
/// </summary>
internal static class NameKey
{
    public static string Of(string name) => string.Join(' ', Words(name));

    public static ImmutableArray<string> Words(string name)
    {
        var all = new List<string>();
        foreach (var raw in name.Split([' ', '-', '\n', '\u2014'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = Fold(raw);
            if (w.Length > 0) all.Add(w);
        }
        var content = all.Where(w => !EntityVocabulary.Particles.Contains(w)).ToList();
        // "Al" alone is still a name; only drop particles when something else remains.
        return [.. content.Count > 0 ? content : all];
    }

    /// <summary>The last word of the key: what a surname-only mention ("Assad", "Moallem") is compared on.</summary>
    public static string Last(string name) => Words(name) is { Length: > 0 } w ? w[^1] : "";

    // The build runs with invariant globalisation, where string.Normalize cannot decompose accents,
    // so the common Latin letters with diacritics are folded by table.
    private const string Accented = "àáâãäåāăąçćčďèéêëēėęěìíîïīįıñńňòóôõöøōőŕřśšşťùúûüūůűųýÿźżž";
    private const string Plain = "aaaaaaaaacccdeeeeeeeeiiiiiiinnnoooooooorrssstuuuuuuuuyyzzz";

    private static string Fold(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var ch in word)
        {
            var c = char.ToLowerInvariant(ch);
            var at = Accented.IndexOf(c, StringComparison.Ordinal);
            if (at >= 0) sb.Append(Plain[at]);
            else if (char.IsLetterOrDigit(c)) sb.Append(c);
        }
        return sb.ToString();
    }
}
