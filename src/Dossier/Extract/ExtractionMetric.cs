using System.Text.RegularExpressions;

namespace Dossier.Extract;

/// <summary>One page's overlap with the true body, as shares of all counted tokens (so long pages do not weigh more).</summary>
internal readonly record struct TokenOverlap(double TruePositive, double FalsePositive, double FalseNegative);

/// <summary>Averaged figures over a set of pages.</summary>
internal sealed record ExtractionScore(double Precision, double Recall, double F1, int Pages);

/// <summary>
/// The article-extraction benchmark's measure: texts cut into \w+ tokens (or n-token shingles), the
/// multiset overlap of extracted and true body per page, precision and recall averaged over pages, and
/// F1 computed from the two averages. The benchmark's own script uses 4-token shingles; single tokens
/// (n = 1) is the looser "token-level" variant.
/// </summary>
internal static partial class ExtractionMetric
{
    public static TokenOverlap Compare(string? truth, string? predicted, int n = 1)
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
    /// is left out of precision, one with tp + fn = 0 out of recall.
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

    private static double Precision(TokenOverlap x) =>
        x.FalsePositive == 0 && x.FalseNegative == 0 ? 1
        : x.TruePositive == 0 && x.FalsePositive == 0 ? 0
        : x.TruePositive / (x.TruePositive + x.FalsePositive);

    private static double Recall(TokenOverlap x) =>
        x.FalsePositive == 0 && x.FalseNegative == 0 ? 1
        : x.TruePositive == 0 && x.FalseNegative == 0 ? 0
        : x.TruePositive / (x.TruePositive + x.FalseNegative);

    private static Dictionary<string, int> Shingles(string? text, int n)
    {
        var tokens = Token().Matches(text ?? "").Select(m => m.Value).ToList();
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

    // Python's \w with re.UNICODE: letters, digits, underscore, and combining marks.
    [GeneratedRegex(@"[\p{L}\p{Mn}\p{Nd}\p{Nl}\p{No}_\p{Pc}\p{Mc}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
