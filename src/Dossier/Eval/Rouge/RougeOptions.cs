namespace Dossier.Eval.Rouge;

/// <summary>How an average is formed (ROUGE-1.5.5's -t).</summary>
public enum RougeCountingUnit
{
    /// <summary>-t 0 (default): average the per-summary scores.</summary>
    Sentence = 0,
    /// <summary>-t 1: pool the counts of all summaries, then score.</summary>
    Token = 1,
    /// <summary>-t 2: print the pooled raw counts.</summary>
    RawCounts = 2,
}

/// <summary>
/// ROUGE-1.5.5's options, with its defaults. <see cref="MaxNGram"/> 0 means no ROUGE-N (ROUGE computes it only
/// with -n); <see cref="SkipDistance"/> null means no ROUGE-S; <see cref="WlcsWeight"/> null means no ROUGE-W.
/// <see cref="Jackknife"/> is not in ROUGE-1.5.5 (it dropped jackknifing in 1.4); it averages each topic's score
/// over the leave-one-out sets of its models, as NIST scored DUC.
/// </summary>
public sealed record RougeOptions
{
    public int MaxNGram { get; init; }
    public bool ComputeLcs { get; init; } = true;
    public double? WlcsWeight { get; init; }
    public int? SkipDistance { get; init; }
    public bool SkipUnigrams { get; init; }
    public bool SkipBothVariants { get; init; }
    public bool Stem { get; init; }
    public bool RemoveStopwords { get; init; }
    public int WordLimit { get; init; }
    public int ByteLimit { get; init; }
    public bool BestModel { get; init; }
    public double Alpha { get; init; } = 0.5;
    public double Confidence { get; init; } = 95;
    public int Resamples { get; init; } = 1000;
    public RougeCountingUnit CountingUnit { get; init; } = RougeCountingUnit.Sentence;
    public bool PerEvalScores { get; init; }
    public bool Jackknife { get; init; }

    /// <summary>The "95" in "95%-conf.int.", printed as given on the command line.</summary>
    public string ConfidenceText { get; init; } = "95";
}
