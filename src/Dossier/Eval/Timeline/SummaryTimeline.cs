using System.Collections.Immutable;

namespace Dossier.Eval.Timeline;

/// <summary>
/// A timeline as tilse scores it: days, each with its summary as a list of sentences. A day it does not have reads as
/// an empty summary, as tilse's <c>Timeline[date]</c> does.
/// </summary>
public sealed record SummaryTimeline(ImmutableSortedDictionary<DateOnly, ImmutableArray<string>> Days)
{
    public static SummaryTimeline From(IEnumerable<(DateOnly Date, IEnumerable<string> Sentences)> days) =>
        new(days.ToImmutableSortedDictionary(d => d.Date, d => d.Sentences.Select(s => s.Trim()).ToImmutableArray()));

    public ImmutableArray<string> this[DateOnly date] => Days.TryGetValue(date, out var s) ? s : [];

    public IEnumerable<DateOnly> Dates => Days.Keys;
}
