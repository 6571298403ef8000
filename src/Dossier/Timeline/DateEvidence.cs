using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Timeline;

/// <summary>One sentence that may tell what happened on <see cref="Date"/>, with how much it says for that date.</summary>
/// <param name="Explicit">True when the sentence names the date; false when it is dated only by its article's publication date.</param>
internal sealed record DatedSentence(AnnotatedArticle Article, Sentence Sentence, DateValue Date, double Weight, bool Explicit, int DatesInSentence)
{
    public SentenceRef Ref => new(Article.Article.Id, Sentence.Index, Sentence.Span);
}

/// <summary>A candidate date with its score and the sentences that refer to it.</summary>
/// <param name="Recalled">Articles that name the date more than two days after it: how much it is looked back on.</param>
internal sealed record ScoredDate(DateValue Date, double Score, int Articles, ImmutableArray<DatedSentence> Sentences, int Recalled = 0);

/// <summary>
/// Weighs the evidence for each date across a story: how many articles and outlets refer to it, and how prominently
/// (early in the article; a precise day rather than a whole year). Ten mentions in one article count for less than
/// one mention in each of ten articles.
/// </summary>
internal static class DateEvidence
{
    private const double PerArticleCap = 1.5;
    private const double PublicationWeight = 0.6;
    private const int LeadSentences = 2;
    private const int DatelineSentences = 3;

    /// <summary>Named this many days after it, a date is recalled rather than reported as the day's news.</summary>
    private const int RecallLag = 2;

    public static ImmutableArray<ScoredDate> Score(IReadOnlyList<AnnotatedArticle> articles)
    {
        var mentions = articles.SelectMany(Mentions).ToList();
        var scored = mentions
            .GroupBy(m => m.Date)
            .Select(g =>
            {
                var perArticle = g.GroupBy(m => m.Article.Article.Id).Select(a =>
                {
                    var w = a.Select(m => m.Weight).OrderDescending().ToList();
                    return Math.Min(PerArticleCap, w[0] + 0.25 * w.Skip(1).Sum());
                }).ToList();
                var sources = g.Select(m => m.Article.Article.Source ?? "").Distinct().Count();
                var score = perArticle.Sum() * (1 + 0.5 * Math.Log(sources));
                var recalled = g.Where(m => m.Explicit && Lag(m.Article.Article, m.Date) > RecallLag).Select(m => m.Article.Article.Id).Distinct().Count();
                return new ScoredDate(g.Key, score, perArticle.Count, [.. g], recalled);
            });
        return [.. scored.OrderByDescending(s => s.Score).ThenBy(s => s.Date.Start)];
    }

    /// <summary>Every (sentence, date) pair an article offers, once per pair.</summary>
    private static IEnumerable<DatedSentence> Mentions(AnnotatedArticle a)
    {
        var sentences = a.Article.Sentences;
        if (sentences.IsDefaultOrEmpty) yield break;
        var times = a.Times.IsDefault ? [] : a.Times;
        var bySentence = times
            .Where(t => t.Value is { IsAnchored: true } && t.Sentence >= 0 && t.Sentence < sentences.Length)
            .GroupBy(t => t.Sentence);
        foreach (var g in bySentence)
        {
            var sentence = sentences[g.Key];
            var told = SentenceFurniture.Trim(sentence);
            var byDate = g.GroupBy(t => t.Value!.Granularity == DateGranularity.Time ? t.Value.Truncate(DateGranularity.Day) : t.Value!).ToList();
            foreach (var d in byDate)
            {
                if (d.All(t => IsDateline(a.Article, t)))
                {
                    yield return new DatedSentence(a, told, d.Key, PublicationWeight * Prominence(g.Key), false, byDate.Count);
                    continue;
                }
                var role = d.Max(t => RoleWeight(sentence, t));
                var weight = Prominence(g.Key) * GranularityWeight(d.Key) * role * Hindsight(a.Article, d.Key);
                yield return new DatedSentence(a, told, d.Key, weight, true, byDate.Count);
            }
        }

        // The lead of an article reports the day's news; when it names no date, its publication date stands in.
        if (a.Article.Published is { IsAnchored: true, Day: not null } p)
        {
            var dated = times.Select(t => t.Sentence).ToHashSet();
            foreach (var s in sentences.Take(LeadSentences).Where(s => !dated.Contains(s.Index)))
                yield return new DatedSentence(a, SentenceFurniture.Trim(s), p.Truncate(DateGranularity.Day), PublicationWeight * Prominence(s.Index), false, 0);
        }
    }

    // Lead sentences carry the news; a date deep in the background counts for less.
    private static double Prominence(int sentence) => 0.5 + 0.5 / (1 + sentence / 3.0);

    // "Thu May 27, 2010 12:32 pm EDT", "HOUSTON, June 2": the page's own date at its top says when it was written,
    // not what happened then, so it counts as the publication date does.
    private static bool IsDateline(Article article, TimeExpression t) =>
        !DatePatterns.Deictic.Contains(t.Rule) && t.Sentence < DatelineSentences && article.Published is { } p
        && t.Value is { } v && v.Truncate(DateGranularity.Day) == p.Truncate(DateGranularity.Day);

    // A day still recalled days after it happened ("the April 20 explosion") mattered more than the news of each day.
    // A date still ahead of the article is a plan or a forecast: it may never happen as announced.
    private static double Hindsight(Article article, DateValue date) => Lag(article, date) switch
    {
        > RecallLag => 2.0,
        < 0 => 0.5,
        _ => 1.0,
    };

    /// <summary>Days from the date to the article's publication; 0 when either is not a day.</summary>
    private static int Lag(Article article, DateValue date) =>
        date.Granularity == DateGranularity.Day && article.Published?.Start is DateOnly p && date.Start is DateOnly d ? p.DayNumber - d.DayNumber : 0;

    // "since March 2011", "until 2014": the date bounds a span told about; it is not the news of that day.
    private static double RoleWeight(Sentence sentence, TimeExpression t)
    {
        var offset = Math.Clamp(t.Span.Start - sentence.Span.Start, 0, sentence.Text.Length);
        var before = sentence.Text[..offset].TrimEnd();
        var cut = before.LastIndexOf(' ');
        var word = before[(cut + 1)..];
        return word.ToLowerInvariant() is "since" or "until" or "till" or "before" or "after" ? 0.3 : 1.0;
    }

    // A whole year or month gathers unrelated mentions ("in 2012"), so it needs more of them to stand out.
    private static double GranularityWeight(DateValue d) => d.Granularity switch
    {
        DateGranularity.Year => 0.1,
        DateGranularity.Month => 0.2,
        _ => 1.0,
    };
}
