namespace Dossier.Compare;

/// <summary>
/// Thresholds of the comparison. They were set by reading the seeds and a sample of the BP oil spill coverage
/// (Timeline17's bpoil_* folders), whose hand-checked pairs <c>dossier eval compare</c> scores; they are not fitted
/// to those labels.
/// </summary>
public sealed record CompareOptions
{
    public static readonly CompareOptions Default = new();

    /// <summary>TF-IDF cosine at which two statements of different sources say the same thing.</summary>
    public double AlignAt { get; init; } = 0.7;

    /// <summary>Content terms (stems, entities, numbers) two aligned statements must share.</summary>
    public int MinSharedTerms { get; init; } = 4;

    /// <summary>Cosine at which two statements are about the same point, for framings and figures (below <see cref="AlignAt"/>, since the wording that differs is the point).</summary>
    public double SamePointAt { get; init; } = 0.3;

    /// <summary>Cosine at which two statements giving a figure for the same quantity are taken to be about the same thing.</summary>
    public double FigureContextAt { get; init; } = 0.2;

    /// <summary>Figures reported more than this many days apart are two moments' figures (a toll that grew), not a conflict.</summary>
    public int FigureDays { get; init; } = 2;

    /// <summary>Figures for one quantity reported further apart than <see cref="FigureDays"/> but within this many days are shown as a change of the figure between reports; beyond it they are not paired.</summary>
    public int FigureChangeDays { get; init; } = 30;

    /// <summary>Figures closer than this (relative) are one figure rounded two ways ($9.9bn and $10bn), not a disagreement.</summary>
    public double RoundingMargin { get; init; } = 0.05;

    /// <summary>Largest ratio between two figures still taken as estimates of one quantity (250,000 vs 200,000), not two quantities.</summary>
    public double MaxFigureRatio { get; init; } = 3.0;
}
