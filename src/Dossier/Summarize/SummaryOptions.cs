namespace Dossier.Summarize;

/// <summary>
/// Knobs of <see cref="Summarizer"/>. The form rules (lengths, penalties, thresholds for "says the same") were set by
/// hand on the seed articles (a rewrite of one interview by two outlets, and three earlier reports on Syria). The
/// selection has three numbers set on the 25 DUC 2006 development topics (250 words, query = title + narrative,
/// ROUGE-1.5.5 official settings): <see cref="QueryBoost"/>, <see cref="MinRelevance"/> and
/// <see cref="PositionBonus"/>, each at a round value on a broad plateau; the concept weights themselves are counts.
/// </summary>
public sealed record SummaryOptions
{
    /// <summary>Shorter sentences are captions, bylines and fragments ("Photo by: Reuters"), not statements.</summary>
    public const int DefaultMinWords = 8;

    /// <summary>Longer "sentences" are usually paragraphs the splitter could not cut; they would eat a 100-word budget.</summary>
    public const int DefaultMaxSentenceWords = 55;

    /// <summary>
    /// Cosine (stemmed content words, sentence IDF) at which a sentence in another article says the same thing.
    /// On seeds 000/001 (one interview written up twice) the reworded pairs score 0.35-0.94 and the best match of a
    /// sentence that only shares the topic ("Assad", "alliance", "Syrian") at most 0.29; the cut sits between.
    /// Two loose paraphrases of the lead score 0.28-0.29 and are missed: recall is traded for clean provenance.
    /// </summary>
    public const double DefaultSupportThreshold = 0.32;

    /// <summary>
    /// A candidate this close (cosine) to an already chosen sentence repeats it and is not taken, whatever new
    /// concepts its wording adds: the concept count already gives a repeat nothing, this stops paraphrases.
    /// </summary>
    public const double DefaultRedundancyThreshold = 0.5;

    /// <summary>
    /// Articles that must state a concept for it to count in full (fewer when there are fewer articles). ICSISumm
    /// used three for ten articles; on DUC 2006 (25 articles) ROUGE-2 / SU4 are 0.110 / 0.161 at two, 0.108 / 0.157 at
    /// three, 0.107 / 0.153 at four.
    /// </summary>
    public const int DefaultMinArticles = 2;

    /// <summary>
    /// Extra weight for lead sentences: news puts the gist first. At 1 the lead weighs twice the last line; DUC 2006
    /// ROUGE-2 / SU4 0.108 / 0.156 at 0, 0.108 / 0.158 at 0.5, 0.110 / 0.161 at 1, 0.108 / 0.158 at 2.
    /// </summary>
    public const double DefaultPositionBonus = 1.0;

    /// <summary>
    /// Lead weight of the concepts when there is one article only (an event told by one outlet): with no other
    /// outlet to agree, the lead says what matters. Set on seeds 003 and 004, whose leads state the event while
    /// later sentences tell side stories; at 3.0 the lead's concepts weigh up to four times the last line's.
    /// </summary>
    public const double DefaultSingleArticlePositionBonus = 3.0;

    /// <summary>Multiplier for sentences opening on a pronoun ("He said ..."): out of context the reader cannot tell who.</summary>
    public const double DefaultPronounPenalty = 0.5;

    /// <summary>Multiplier for sentences that open with a direct quotation: a summary should report, not cite.</summary>
    public const double DefaultQuotePenalty = 0.7;

    /// <summary>
    /// With a query, how much the closest sentence to it raises its article's count for each of its concepts (the
    /// farthest raises it by 0): at 2 a concept the query is about counts up to three times. DUC 2006 ROUGE-2 / SU4
    /// 0.107 / 0.157 at 0, 0.109 / 0.160 at 1, 0.110 / 0.161 at 2, 0.108 / 0.160 at 3.
    /// </summary>
    public const double DefaultQueryBoost = 2.0;

    /// <summary>
    /// With a query, a sentence less close to it than this share of the closest sentence's closeness is not a
    /// candidate: it may carry the story's concepts but not what was asked. DUC 2006 ROUGE-2 / SU4 0.104 / 0.153 at 0,
    /// 0.108 / 0.158 at 0.1, 0.110 / 0.161 at 0.15, 0.105 / 0.157 at 0.2.
    /// </summary>
    public const double DefaultMinRelevance = 0.15;

    /// <summary>
    /// Whether a sentence may be used in a shorter wording (<see cref="Compressor"/>: no dateline, connective,
    /// weekday, parenthesis, attribution, relative clause or appositive). Off, every summary sentence is its origin
    /// sentence verbatim, character for character.
    /// </summary>
    public bool Compress { get; init; } = true;

    public int MinWords { get; init; } = DefaultMinWords;
    public int MaxSentenceWords { get; init; } = DefaultMaxSentenceWords;
    public double SupportThreshold { get; init; } = DefaultSupportThreshold;
    public double RedundancyThreshold { get; init; } = DefaultRedundancyThreshold;
    public int MinArticles { get; init; } = DefaultMinArticles;
    public double PositionBonus { get; init; } = DefaultPositionBonus;
    public double SingleArticlePositionBonus { get; init; } = DefaultSingleArticlePositionBonus;
    public double PronounPenalty { get; init; } = DefaultPronounPenalty;
    public double QuotePenalty { get; init; } = DefaultQuotePenalty;
    public double QueryBoost { get; init; } = DefaultQueryBoost;
    public double MinRelevance { get; init; } = DefaultMinRelevance;

    public static SummaryOptions Default { get; } = new();
}
