namespace Dossier.Eval.Timeline;

/// <summary>
/// tilse's quick ROUGE-1 F (util.compute_rouge_approximation), used only to weigh content in the alignment costs:
/// whitespace tokens, case kept, no stemming, no stopword list; a token is dropped when it is a substring of Python's
/// <c>string.punctuation</c> (tilse tests <c>k not in string.punctuation</c>, a substring test, so "(" and ")*" go,
/// "--" stays). Hits are clipped per reference and pooled, precision's denominator is the peer length times the
/// number of references.
/// </summary>
public static class RougeApproximation
{
    private const string PythonPunctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    /// <summary>The unigram counts tilse compares.</summary>
    public static Dictionary<string, int> Counts(IEnumerable<string> sentences)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sentences)
            foreach (var k in PythonWhitespace.Split(s))
                if (!PythonPunctuation.Contains(k, StringComparison.Ordinal)) counts[k] = counts.GetValueOrDefault(k) + 1;
        return counts;
    }

    /// <summary>The approximate ROUGE-1 F of a summary against the references (each already counted).</summary>
    public static double F(IReadOnlyDictionary<string, int> peer, IReadOnlyList<IReadOnlyDictionary<string, int>> references)
    {
        var match = 0;
        foreach (var (tok, n) in peer)
            foreach (var r in references)
                match += Math.Min(n, r.GetValueOrDefault(tok));
        var precDenom = references.Count * peer.Values.Sum();
        var precision = precDenom == 0 ? 0 : (double)match / precDenom;
        var recallDenom = references.Sum(r => r.Values.Sum());
        var recall = recallDenom == 0 ? 0 : (double)match / recallDenom;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}

/// <summary>Python's <c>str.split()</c>: runs of Unicode whitespace (including the separators \x1c–\x1f) separate tokens.</summary>
internal static class PythonWhitespace
{
    public static bool Is(char c) => char.IsWhiteSpace(c) || c is >= '\x1c' and <= '\x1f';

    public static List<string> Split(string s)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= s.Length; i++)
        {
            if (i < s.Length && !Is(s[i])) { if (start < 0) start = i; continue; }
            if (start >= 0) { tokens.Add(s[start..i]); start = -1; }
        }
        return tokens;
    }
}
