using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Dossier.Text;

namespace Dossier.Quotes.Fidelity;

/// <summary>A word of a quotation as written, and the key it is compared on (lower-case, one spelling convention).</summary>
internal sealed record QuoteWord(string Text, string Key);

/// <summary>Words of a quotation, spelling keys, and which words carry meaning.</summary>
internal static partial class QuoteWords
{
    /// <summary>Negations are stopwords, yet dropping one reverses what was said.</summary>
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "no", "not", "never", "nothing", "none", "nor", "neither", "nobody", "without", "n't", "cannot",
    };

    public static ImmutableArray<QuoteWord> Of(string text) =>
        [.. WordPattern().Matches(text).Select(m => new QuoteWord(m.Value, SpellingKey(m.Value)))];

    /// <summary>
    /// One spelling for British and American forms ("realised"/"realized", "labour"/"labor", "analyse"/"analyze",
    /// "centre"/"center", "travelled"/"traveled"), so a respelling is never taken for a changed word.
    /// </summary>
    public static string SpellingKey(string word)
    {
        var w = word.ToLowerInvariant().Replace('\u2019', '\'');
        if (w.Length < 5) return w;
        w = IseSuffix().Replace(w, "iz$1");
        w = YseSuffix().Replace(w, "yz$1");
        w = OurSuffix().Replace(w, "or$1");
        w = TreSuffix().Replace(w, "ter$1");
        w = DoubledL().Replace(w, "l$1");
        return w;
    }

    /// <summary>Same word in another spelling: equal keys, or one letter apart in a long word (a typo, not a new word).</summary>
    public static bool SameWord(QuoteWord a, QuoteWord b) =>
        a.Key == b.Key || a.Key.Length >= 6 && b.Key.Length >= 6 && a.Key[..3] == b.Key[..3] && OneEditApart(a.Key, b.Key);

    public static bool Meaningful(string word)
    {
        var w = word.ToLowerInvariant();
        if (Negations.Contains(w) || w.EndsWith("n't", StringComparison.Ordinal)) return true;
        return w.Any(char.IsLetterOrDigit) && !Stopwords.Contains(w);
    }

    /// <summary>Words that only report the speech ("said", "saying") and so say nothing about what was said.</summary>
    public static bool IsReporting(string word) => QuoteLexicon.ReportingVerbs.Contains(word) || QuoteLexicon.Participles.Contains(word);

    private static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { i++; j++; continue; }
            if (++edits > 1) return false;
            if (a.Length > b.Length) i++;
            else if (b.Length > a.Length) j++;
            else { i++; j++; }
        }
        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"is(e|ed|es|ing|ation|ations)$")]
    private static partial Regex IseSuffix();

    [GeneratedRegex(@"ys(e|ed|es|ing)$")]
    private static partial Regex YseSuffix();

    [GeneratedRegex(@"our(|s|ed|ing|ite|ites|able)$")]
    private static partial Regex OurSuffix();

    [GeneratedRegex(@"tre(|s|d)$")]
    private static partial Regex TreSuffix();

    [GeneratedRegex(@"ll(ed|ing|er|ers)$")]
    private static partial Regex DoubledL();
}
