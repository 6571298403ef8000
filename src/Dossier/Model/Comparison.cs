using System.Collections.Immutable;

namespace Dossier.Model;

/// <summary>
/// One statement of an article: a sentence, or a clause of it where a semicolon joins two claims. It is attributed
/// when someone is reported as saying it (<see cref="AttributedTo"/>), otherwise the outlet states it itself.
/// </summary>
public sealed record Statement(SentenceRef Ref, string Text, string? AttributedTo);

/// <summary>
/// One fact as the outlets of a story report it: statements of different independent sources that say the same thing.
/// <see cref="Sources"/> counts independent sources, so a wire story carried by two sites counts once. The first of
/// <see cref="Reports"/> anchors the fact: every other report was aligned with it directly.
/// </summary>
public sealed record Fact(
    string Id,
    ImmutableArray<Statement> Reports,
    ImmutableArray<string> Outlets,
    int Sources,
    string? FirstArticleId,
    DateValue? FirstReported,
    string? AttributedTo)
{
    /// <summary>Lowest similarity between the statement that anchors the fact and any other report of it.</summary>
    public double Similarity { get; init; }

    /// <summary>Every independent source of the events it belongs to reports it (and there are at least two).</summary>
    public bool ReportedByAll { get; init; }
}

/// <summary>Facts of one event that only one outlet reports, among the outlets that covered that event.</summary>
public sealed record OutletExclusives(string Outlet, string EventId, ImmutableArray<Fact> Facts, int Total);

public enum DisagreementKind
{
    /// <summary>Different figures for the same quantity (a death toll, a sum).</summary>
    Figures,

    /// <summary>Different figures for one quantity reported days apart, or for two named days: a figure that changed (a toll that grew), shown with both dates, not a contradiction.</summary>
    FigureChange,

    /// <summary>A claim and its denial or negation.</summary>
    Denial,

    /// <summary>One fact framed in opposite ways ("echoes" vs "differs from").</summary>
    Framing,
}

/// <summary>One side of a disagreement: the statement, its outlet, what it says on the point, and when it was published (null: unknown).</summary>
public sealed record DisagreementSide(Statement Statement, string Outlet, string Says, DateValue? Reported);

/// <summary>
/// Where outlets differ on one point. <see cref="Note"/> says how to read it (figures that may have grown over time,
/// bounds that are compatible); <see cref="Rule"/> is the rule that found it.
/// </summary>
public sealed record Disagreement(DisagreementKind Kind, string Point, ImmutableArray<DisagreementSide> Sides, string Note, string Rule);

/// <summary>How the outlets of a story differ: what they share, what only some report, and where they disagree.</summary>
public sealed record Comparison(
    ImmutableArray<Fact> Shared,
    ImmutableArray<OutletExclusives> Exclusives,
    ImmutableArray<Disagreement> Disagreements,
    ImmutableArray<QuoteVariant> QuoteDifferences,
    int Outlets,
    int IndependentSources)
{
    public static readonly Comparison Empty = new([], [], [], [], 0, 0);
}
