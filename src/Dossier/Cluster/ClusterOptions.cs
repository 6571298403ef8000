namespace Dossier.Cluster;

/// <summary>
/// Thresholds of <see cref="StoryClusterer"/>. Similarities are cosines of TF-IDF vectors (sublinear TF, IDF from a
/// background corpus plus the stream so far) between an article and a group's centroid. The reference points are the
/// streams themselves: between articles of different stories, 99.9% of article-to-group cosines are under 0.21 on both
/// the ECB+ and the DUC 2006 streams (0.12 at 99%); between an article and the event it belongs to the median is 0.43
/// with one earlier article and 0.58 with six or more (ECB+).
/// </summary>
public sealed record ClusterOptions
{
    /// <summary>
    /// Minimum article-to-event cosine to join the event. Half again the 99.9th percentile of unrelated cosines (0.21),
    /// so chance overlap of topic words rarely makes a join; still under three quarters of the same-event cosines.
    /// On ECB+ 0.25 and 0.35 give event B-cubed F1 within 0.03 of 0.30.
    /// </summary>
    public const double DefaultEventThreshold = 0.30;

    /// <summary>
    /// The same when the article or the event is undated: words alone must then keep apart the same actors on different
    /// days. On the undated seeds a rewrite of Assad's interview scores 0.55 against it and the foreign minister's remarks
    /// a month earlier 0.33, the other reports of the Syria story under 0.25 and the teasers under 0.05.
    /// </summary>
    public const double DefaultUndatedEventThreshold = 0.30;

    /// <summary>
    /// Minimum cosine between a new event's first article and a story's centroid for the event to join the story: the
    /// 99.9th percentile of cosines between articles of different stories (0.21 on ECB+ and DUC 2006), rounded down.
    /// </summary>
    public const double DefaultStoryThreshold = 0.20;

    /// <summary>
    /// Minimum <see cref="Centroid.Affinity"/> between a grown event and another story for the two stories to become one.
    /// An event and a story of the same happenings reach about 1; 0.5 means the event is at least half as close to the
    /// story's articles as either is within itself.
    /// </summary>
    public const double DefaultStoryMergeAffinity = 0.5;

    /// <summary>
    /// Mean pairwise cosine assumed for a group too small to measure its own (a single article), and how many pairs that
    /// assumption is worth. 0.3 is between the cohesion of ECB+ events (median 0.39) and DUC 2006 topics (median 0.20).
    /// </summary>
    public const double DefaultPriorCohesion = 0.3;

    public const double DefaultPriorPairs = 2;

    /// <summary>
    /// Two articles published further apart than this are not about the same happening, whatever their words:
    /// coverage of one event runs for days, and a week's slack covers weekly papers and late rewrites.
    /// </summary>
    public const int DefaultMaxEventGapDays = 7;

    /// <summary>
    /// An event further than this from every date of a story starts a new story. Long-running conflicts are told
    /// over years, so the span is generous; it only keeps a namesake years later from being glued on.
    /// </summary>
    public const int DefaultMaxStoryGapDays = 3 * 365;

    /// <summary>
    /// An event joins a story only if they share at least this many names: topic words alone ("fire", "police")
    /// link unrelated local news, names are what make it the same story.
    /// </summary>
    public const int DefaultMinSharedNames = 2;

    public double EventThreshold { get; init; } = DefaultEventThreshold;
    public double UndatedEventThreshold { get; init; } = DefaultUndatedEventThreshold;
    public double StoryThreshold { get; init; } = DefaultStoryThreshold;
    public double StoryMergeAffinity { get; init; } = DefaultStoryMergeAffinity;
    public double PriorCohesion { get; init; } = DefaultPriorCohesion;
    public double PriorPairs { get; init; } = DefaultPriorPairs;
    public int MaxEventGapDays { get; init; } = DefaultMaxEventGapDays;
    public int MaxStoryGapDays { get; init; } = DefaultMaxStoryGapDays;
    public int MinSharedNames { get; init; } = DefaultMinSharedNames;

    public static ClusterOptions Default { get; } = new();
}
