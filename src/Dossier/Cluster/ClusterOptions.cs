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
    /// Minimum article-to-event cosine to join the event when both are dated (and within <see cref="DefaultMaxEventGapDays"/>)
    /// or neither is. Half again the 99.9th percentile of unrelated cosines (0.21), so chance overlap of topic words
    /// rarely makes a join; below three quarters of the cosines between an article and the one earlier article of its
    /// event, and below 95% once the event has six. On ECB+ 0.25 and 0.35 give event B-cubed F1 within 0.03 of 0.30.
    /// </summary>
    public const double DefaultEventThreshold = 0.30;

    /// <summary>
    /// The same when exactly one of the article and the event is dated, so the check that keeps the same actors on
    /// different days apart cannot be made although the stream does carry dates: the words must then say it on their own.
    /// This is where a dated report of another day meets an undated event: in the seeds as cleaned, the foreign
    /// minister's remarks of July 23 (dated) score 0.37 against Assad's interview a month later (000 and 001, which
    /// state no date), a rewrite of the interview 0.52. Where neither side is dated (a stream without dates, as ECB+)
    /// <see cref="DefaultEventThreshold"/> applies: there words are all any decision has.
    /// </summary>
    public const double DefaultPartlyDatedEventThreshold = 0.45;

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
    /// A new event joins a story (and two stories merge) only if they share at least this many names: topic words alone
    /// ("fire", "police") can link unrelated local news. One, because the story threshold already rules out chance
    /// overlap: asking for two costs DUC 2006 stories 0.03 of B-cubed F1 and changes nothing on the seeds.
    /// </summary>
    public const int DefaultMinSharedNames = 1;

    public double EventThreshold { get; init; } = DefaultEventThreshold;
    public double PartlyDatedEventThreshold { get; init; } = DefaultPartlyDatedEventThreshold;
    public double StoryThreshold { get; init; } = DefaultStoryThreshold;
    public double StoryMergeAffinity { get; init; } = DefaultStoryMergeAffinity;
    public double PriorCohesion { get; init; } = DefaultPriorCohesion;
    public double PriorPairs { get; init; } = DefaultPriorPairs;
    public int MaxEventGapDays { get; init; } = DefaultMaxEventGapDays;
    public int MaxStoryGapDays { get; init; } = DefaultMaxStoryGapDays;
    public int MinSharedNames { get; init; } = DefaultMinSharedNames;

    public static ClusterOptions Default { get; } = new();
}
