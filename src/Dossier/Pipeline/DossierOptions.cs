namespace Dossier.Pipeline;

/// <summary>Options of the whole pipeline, one nested record per stage.</summary>
public sealed record DossierOptions
{
    public StorySummaryOptions Summary { get; init; } = new();
    public TimelineOptions Timeline { get; init; } = new();

    public static DossierOptions Default { get; } = new();
}

/// <param name="MaxWords">summary.maxWords: length limit of a story summary in words (default 120).</param>
/// <param name="MinWordsPerEvent">summary.minWordsPerEvent: words each event of a story gets at least (default 50: room for one long news lead).</param>
public sealed record StorySummaryOptions(int MaxWords = 120, int MinWordsPerEvent = 50);

/// <param name="MaxDates">timeline.maxDates: dates on a story timeline; null chooses by evidence (default null).</param>
/// <param name="SentencesPerDate">timeline.sentencesPerDate: sentences told for each date (default 1).</param>
public sealed record TimelineOptions(int? MaxDates = null, int SentencesPerDate = 1);
