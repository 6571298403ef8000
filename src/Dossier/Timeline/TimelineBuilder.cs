using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Timeline;

/// <summary>
/// Chooses the key dates of a story and the sentences that tell what happened on each.
/// Dates are ranked by evidence across articles and outlets (<see cref="DateEvidence"/>); only dates whose year is
/// known go on the time line, at the granularity they were resolved to. Dates are filled best first, so the
/// strongest dates get the first pick of sentences; a date left with no unused sentence is dropped.
/// </summary>
public sealed class TimelineBuilder
{
    /// <summary>At most this many dates when the caller leaves the number open.</summary>
    public const int AutomaticMax = 12;

    /// <param name="articles">The story's articles with their time expressions.</param>
    /// <param name="maxDates">How many dates at most; null chooses automatically.</param>
    /// <param name="sentencesPerDate">Sentences per date; several are joined into one entry's text.</param>
    public ImmutableArray<TimelineEntry> Build(IReadOnlyList<AnnotatedArticle> articles, int? maxDates = null, int sentencesPerDate = 1)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (sentencesPerDate < 1 || maxDates <= 0) return [];
        var dates = DateEvidence.Score(articles);
        if (dates.IsEmpty) return [];

        var limit = maxDates ?? AutomaticMax;
        var witnesses = articles.Count(a => a.Article.Published is not null || a.Times.Any(t => t.Value?.IsAnchored == true));
        var eligible = maxDates is null ? dates.Where(d => Enough(d, dates[0], witnesses)) : dates;
        var picker = new SentencePicker(articles);
        // A date is key when much refers to it and what refers to it is what the story is about: "shares fell on
        // Tuesday" in an oil-spill story is evidence for Tuesday, but weak evidence of a key event. A date that many
        // articles still name days later is one the story looks back on: its turning points are retold. One later
        // mention may be incidental, so the boost starts at the second article that recalls it.
        eligible = [.. eligible.Select(d => (d, s: d.Score * picker.Relevance(d) * Math.Sqrt(Math.Max(1, d.Recalled)))).OrderByDescending(x => x.s).ThenBy(x => x.d.Date.Start).Select(x => x.d)];
        var entries = new List<TimelineEntry>();
        foreach (var date in eligible)
        {
            if (entries.Count >= limit) break;
            var (chosen, support) = picker.Pick(date, sentencesPerDate);
            if (chosen.IsEmpty) continue;
            var text = string.Join(" ", chosen.Select(s => s.Sentence.Text));
            entries.Add(new TimelineEntry(date.Date, text, [.. chosen.Concat(support).Select(s => s.Ref)]) { Told = chosen.Length });
        }
        return [.. entries.OrderBy(e => e.Date.Start).ThenBy(e => e.Date.Granularity)];
    }

    /// <summary>
    /// Enough evidence for an automatic timeline: referred to by two articles (where several can date events), and not
    /// dwarfed by the best date. Witnesses are the articles that give any date a year (a publication date or an absolute
    /// date); where one or two do, their dates all count, since they are the only witnesses there are.
    /// </summary>
    private static bool Enough(ScoredDate d, ScoredDate best, int witnesses)
    {
        if (d.Score < 0.03 * best.Score) return false;
        if (witnesses <= 2) return true;
        return d.Articles >= 2;
    }
}
