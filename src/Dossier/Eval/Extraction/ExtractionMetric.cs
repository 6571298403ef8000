using System.Globalization;
using System.Text;

namespace Dossier.Eval.Extraction;

/// <summary>One page's overlap with the true body, as shares of all counted shingles (so long pages do not weigh more).</summary>
public readonly record struct TokenOverlap(double TruePositive, double FalsePositive, double FalseNegative);

/// <summary>Averaged figures over a set of pages.</summary>
public sealed record ExtractionScore(double Precision, double Recall, double F1, int Pages);

/// <summary>
/// The article-extraction benchmark's measure (scrapinghub/article-extraction-benchmark, evaluate.py):
/// texts cut into Python-<c>\w+</c> tokens, joined into shingles of 4, the multiset overlap of extracted
/// and true body per page normalised to sum 1, precision and recall averaged over pages, and F1 computed
/// from the two averages. n = 1 gives the looser token-level variant.
/// </summary>
public static class ExtractionMetric
{
    public const int BenchmarkShingle = 4;

    public static TokenOverlap Compare(string? truth, string? predicted, int n = BenchmarkShingle)
    {
        var t = Shingles(truth, n);
        var p = Shingles(predicted, n);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, tc) in t)
        {
            var pc = p.GetValueOrDefault(key);
            tp += Math.Min(tc, pc);
            fn += Math.Max(0, tc - pc);
        }
        foreach (var (key, pc) in p) fp += Math.Max(0, pc - t.GetValueOrDefault(key));
        var sum = tp + fp + fn;
        return sum > 0 ? new TokenOverlap(tp / sum, fp / sum, fn / sum) : new TokenOverlap(0, 0, 0);
    }

    /// <summary>
    /// Averages as the benchmark does: a page with tp + fp = 0 (nothing right extracted, nothing wrong either)
    /// is left out of precision, one with tp + fn = 0 out of recall. Where Python would fail on an empty
    /// mean (no page counted at all) the figure is 0.
    /// </summary>
    public static ExtractionScore Aggregate(IReadOnlyList<TokenOverlap> pages)
    {
        var precisions = pages.Where(x => x.TruePositive + x.FalsePositive > 0).Select(Precision).ToList();
        var recalls = pages.Where(x => x.TruePositive + x.FalseNegative > 0).Select(Recall).ToList();
        var precision = precisions.Count == 0 ? 0 : precisions.Average();
        var recall = recalls.Count == 0 ? 0 : recalls.Average();
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ExtractionScore(precision, recall, f1, pages.Count);
    }

    public static double Precision(TokenOverlap x) =>
        x.FalsePositive == 0 && x.FalseNegative == 0 ? 1
        : x.TruePositive == 0 && x.FalsePositive == 0 ? 0
        : x.TruePositive / (x.TruePositive + x.FalsePositive);

    public static double Recall(TokenOverlap x) =>
        x.FalsePositive == 0 && x.FalseNegative == 0 ? 1
        : x.TruePositive == 0 && x.FalseNegative == 0 ? 0
        : x.TruePositive / (x.TruePositive + x.FalseNegative);

    /// <summary>F1 of one page, for ranking the pages furthest from the truth.</summary>
    public static double F1(TokenOverlap x)
    {
        double p = Precision(x), r = Recall(x);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Dictionary<string, int> Shingles(string? text, int n)
    {
        var tokens = Tokens(text ?? "");
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0) return counts;
        // As the benchmark: a text shorter than n tokens is one (short) shingle.
        for (var i = 0; i < Math.Max(1, tokens.Count - n + 1); i++)
        {
            var key = n == 1 ? tokens[i] : string.Join('\u0001', tokens.GetRange(i, Math.Min(n, tokens.Count - i)));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    /// <summary>
    /// Python's <c>re.findall(r'\w+', text)</c> on str: runs of code points that are alphanumeric by
    /// <c>str.isalnum</c> (letters L*, numbers Nd/Nl/No) or '_'. Combining marks (Mn, Mc) are not word
    /// characters there, so they split tokens here too; code points outside the BMP count like any other,
    /// which is why this walks runes rather than UTF-16 chars.
    /// </summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        var i = 0;
        while (i < text.Length)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) != System.Buffers.OperationStatus.Done)
                rune = Rune.ReplacementChar;
            if (IsWord(rune)) { if (start < 0) start = i; }
            else if (start >= 0) { tokens.Add(text[start..i]); start = -1; }
            i += Math.Max(1, used);
        }
        if (start >= 0) tokens.Add(text[start..]);
        return tokens;
    }

    private static bool IsWord(Rune r) =>
        r.Value == '_' || Rune.GetUnicodeCategory(r) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
}
