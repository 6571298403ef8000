using System.Collections.Immutable;

namespace Dossier.Model;

/// <summary>Articles reporting one happening.</summary>
public sealed record Event(string Id, string Title, DateValue? Date, ImmutableArray<string> ArticleIds);

/// <summary>One dated entry of a story's timeline, with the sentences it rests on.</summary>
public sealed record TimelineEntry(DateValue Date, string Text, ImmutableArray<SentenceRef> Sources)
{
    /// <summary>How many of the leading <see cref="Sources"/> are the sentences told in <see cref="Text"/>; the rest say the same elsewhere.</summary>
    public int Told { get; init; } = 1;
}

/// <summary>A summary sentence: the sentence chosen, and every sentence (in any article) that says the same.</summary>
public sealed record SummarySentence(string Text, SentenceRef Origin, ImmutableArray<SentenceRef> Support);

/// <summary>Events linked by shared entities and topic over time, told by all the outlets that covered them.</summary>
public sealed record Story(
    string Id,
    string Title,
    ImmutableArray<string> ArticleIds,
    ImmutableArray<Event> Events,
    ImmutableArray<Entity> Entities,
    ImmutableArray<Quote> Quotes,
    ImmutableArray<TimelineEntry> Timeline,
    ImmutableArray<SummarySentence> Summary)
{
    /// <summary>Quotations given by more than one article, aligned word by word (see <see cref="QuoteVariant"/>).</summary>
    public ImmutableArray<QuoteVariant> QuoteVariants { get; init; } = [];

    /// <summary>How the outlets differ: shared facts, exclusives, disagreements.</summary>
    public Comparison Comparison { get; init; } = Comparison.Empty;
}
