namespace Dossier.Eval.Rouge;

/// <summary>One ROUGE measure and its label in ROUGE-1.5.5's output (ROUGE-2, ROUGE-L, ROUGE-W-1.2, ROUGE-SU4).</summary>
public abstract record RougeMetric(string Name)
{
    public sealed record NGram(int N) : RougeMetric($"ROUGE-{N}");
    public sealed record Lcs() : RougeMetric("ROUGE-L");
    public sealed record Wlcs(double Weight, string WeightText) : RougeMetric($"ROUGE-W-{WeightText}");
    public sealed record SkipBigram(int Distance, bool WithUnigrams)
        : RougeMetric((WithUnigrams ? "ROUGE-SU" : "ROUGE-S") + (Distance >= 0 ? Distance.ToString(System.Globalization.CultureInfo.InvariantCulture) : "*"));

    /// <summary>The measures the options ask for, in ROUGE-1.5.5's order: N = 1..n, L, W, then S/SU.</summary>
    public static IReadOnlyList<RougeMetric> For(RougeOptions o, string? weightText = null)
    {
        var list = new List<RougeMetric>();
        for (var n = 1; n <= o.MaxNGram; n++) list.Add(new NGram(n));
        if (o.ComputeLcs) list.Add(new Lcs());
        if (o.WlcsWeight is { } w) list.Add(new Wlcs(w, weightText ?? w.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (o.SkipDistance is { } d)
        {
            if (o.SkipBothVariants) { list.Add(new SkipBigram(d, false)); list.Add(new SkipBigram(d, true)); }
            else list.Add(new SkipBigram(d, o.SkipUnigrams));
        }
        return list;
    }
}
