using System.Collections.Immutable;
using System.Diagnostics;
using Dossier.Model;
using Dossier.Text;
using Dossier.Timeline;

namespace Dossier.Eval.Timeline;

/// <summary>The figures for one gold timeline.</summary>
public sealed record TimelineScore(string Topic, string Timeline, int GoldDates, int Predicted, double DatePrecision, double DateRecall)
{
    /// <summary>tilse's ROUGE of the timeline against its gold timeline, by variant (empty when not scored).</summary>
    public ImmutableDictionary<TimelineRougeVariant, TimelineRougeScore> Rouge { get; init; } = ImmutableDictionary<TimelineRougeVariant, TimelineRougeScore>.Empty;
}

/// <summary>The figures over a benchmark: P and R averaged over timelines, F from the averages (as tilse reports).</summary>
public sealed record TimelineEvalResult(ImmutableArray<TimelineScore> Timelines, TimeSpan Elapsed)
{
    public double DatePrecision => Timelines.IsEmpty ? 0 : Timelines.Average(t => t.DatePrecision);
    public double DateRecall => Timelines.IsEmpty ? 0 : Timelines.Average(t => t.DateRecall);
    public double DateF1 => F(DatePrecision, DateRecall);

    /// <summary>ROUGE-1 and ROUGE-2 under one variant: precision and recall averaged over the timelines, F from the averages.</summary>
    public TimelineRougeScore Rouge(TimelineRougeVariant variant)
    {
        var scored = Timelines.Where(t => t.Rouge.ContainsKey(variant)).Select(t => t.Rouge[variant]).ToList();
        return new(PrecisionRecall.Average([.. scored.Select(s => s.Rouge1)]), PrecisionRecall.Average([.. scored.Select(s => s.Rouge2)]));
    }

    /// <summary>The headline figures: align+ m:1 ROUGE-1 and ROUGE-2 F.</summary>
    public double AR1 => Rouge(TimelineRougeVariant.AlignPlusManyToOne).Rouge1.F;

    public double AR2 => Rouge(TimelineRougeVariant.AlignPlusManyToOne).Rouge2.F;

    public static double F(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

/// <summary>
/// Timeline17 protocol (Martschat &amp; Markert 2017, tilse): for each gold timeline, a timeline with as many dates as it has,
/// round(mean sentences per date) sentences each, from the articles published between its first and last date,
/// with only day-precise dates in that range (the gold timelines are daily). Date selection scored by exact day match.
/// </summary>
public static class TimelineEval
{
    public static TimelineEvalResult Run(string dir, Action<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var scores = ImmutableArray.CreateBuilder<TimelineScore>();
        var tagger = new TemporalTagger();
        foreach (var topicDir in Directory.GetDirectories(dir).Order(StringComparer.Ordinal))
        {
            if (!File.Exists(Path.Combine(topicDir, "articles.json"))) continue;
            var topic = Timeline17Topic.Load(topicDir);
            var annotated = topic.Articles.Select(a =>
            {
                var tokens = Tokenizer.Tokenize(a.Text);
                return new AnnotatedArticle(a, tokens, [], tagger.Tag(a, tokens), []);
            }).ToList();
            foreach (var gold in topic.Gold)
            {
                var score = Score(topic.Name, gold, annotated);
                scores.Add(score);
                var ar = score.Rouge[TimelineRougeVariant.AlignPlusManyToOne];
                progress?.Invoke(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{topic.Name,-22} {gold.Name,-34} dates {score.GoldDates,3}  P {score.DatePrecision:F3}  R {score.DateRecall:F3}  AR-1 {ar.Rouge1.F:F3}  AR-2 {ar.Rouge2.F:F3}"));
            }
        }
        return new TimelineEvalResult(scores.ToImmutable(), clock.Elapsed);
    }

    private static TimelineScore Score(string topic, GoldTimeline gold, IReadOnlyList<AnnotatedArticle> all)
    {
        // Timeline17's timelines are daily, so only day-precise dates compete for its slots.
        bool In(DateValue? v) => v is { Granularity: >= DateGranularity.Day, Start: DateOnly d } && d >= gold.First && d <= gold.Last;
        var pool = all.Where(a => In(a.Article.Published))
            .Select(a => a with { Times = [.. a.Times.Where(t => In(t.Value))] })
            .ToList();
        var timeline = new TimelineBuilder().Build(pool, gold.Entries.Length, gold.SentencesPerDate);
        var daily = timeline.Where(e => e.Date.Granularity >= DateGranularity.Day).ToList();
        var predicted = daily.Select(e => e.Date.Start!.Value).ToHashSet();
        var truth = gold.Entries.Select(e => e.Date).ToHashSet();
        var hit = predicted.Count(truth.Contains);

        // The text scored is the sentences told for each date, as the article gives them.
        var text = pool.ToDictionary(a => a.Article.Id, a => a.Article.Text);
        var system = SummaryTimeline.From(daily
            .GroupBy(e => e.Date.Start!.Value)
            .Select(g => (g.Key, g.SelectMany(e => e.Sources.Take(e.Told)).Select(r => r.Span.Of(text[r.ArticleId])))));
        var reference = SummaryTimeline.From(gold.Entries.Select(e => (e.Date, (IEnumerable<string>)[e.Text])));
        var rouge = new TimelineRouge(system, [reference]);
        return new TimelineScore(topic, gold.Name, truth.Count, predicted.Count,
            predicted.Count == 0 ? 0 : (double)hit / predicted.Count, (double)hit / truth.Count)
        {
            Rouge = Enum.GetValues<TimelineRougeVariant>().ToImmutableDictionary(v => v, rouge.Score),
        };
    }
}
