using System.Text.Json;
using Dossier.Model;
using Dossier.Tests.Support;
using Dossier.Text;
using Dossier.Timeline;
using Xunit.Abstractions;

namespace Dossier.Tests.Timeline;

/// <summary>
/// Date-selection F1 of <see cref="TimelineBuilder"/> on timeline17 (dates chosen vs. the journalists' dates, with
/// as many dates as the gold timeline has). Slow, so it runs only with DOSSIER_BENCH=timeline set, and skips
/// cleanly when ../shared/eval is absent. Prints one line a topic.
/// </summary>
public class Timeline17Benchmark(ITestOutputHelper output)
{
    internal sealed record T17Article(string Uid, string Dct, string Text);

    internal static string Dir => Path.Combine(TestData.EvalDir, "timeline17");

    internal static List<T17Article> Load(string topic)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, topic, "articles.json")));
        return [.. doc.RootElement.EnumerateArray().Select(e => new T17Article(
            e.GetProperty("uid").GetString()!, e.GetProperty("dct").GetString()!, e.GetProperty("text").GetString()!))];
    }

    internal static AnnotatedArticle Annotate(T17Article a, string topic)
    {
        var article = TestData.Article(a.Text, id: topic + "/" + a.Uid, published: DateValue.ParseIso(a.Dct), source: topic);
        var tokens = Tokenizer.Tokenize(article.Text);
        return new AnnotatedArticle(article, tokens, [], new TemporalTagger().Tag(article, tokens), []);
    }

    [Fact]
    public void Should_Report_Date_Selection_F1_On_Timeline17()
    {
        // Given
        if (Environment.GetEnvironmentVariable("DOSSIER_BENCH") != "timeline" || !Directory.Exists(Dir)) return;
        var f1s = new List<double>();
        var rouges = new List<double>();
        foreach (var topicDir in Directory.GetDirectories(Dir).Order(StringComparer.Ordinal))
        {
            var topic = Path.GetFileName(topicDir);
            var goldText = Directory.GetFiles(topicDir, "*.timeline.json")
                .SelectMany(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.EnumerateArray())
                .GroupBy(e => e.GetProperty("date").GetString()!)
                .ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => e.GetProperty("text").GetString())));
            var gold = goldText.Keys.ToHashSet();
            var articles = Load(topic).Select(a => Annotate(a, topic)).ToList();

            // When
            var timeline = new TimelineBuilder().Build(articles, gold.Count);

            // Then
            var predicted = timeline.Select(e => e.Date.ToIso()).ToHashSet();
            var hit = predicted.Count(gold.Contains);
            var p = predicted.Count == 0 ? 0 : (double)hit / predicted.Count;
            var r = (double)hit / gold.Count;
            var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            f1s.Add(f);
            var rouge = AgreementRouge1(timeline, goldText);
            rouges.Add(rouge);
            var auto = new TimelineBuilder().Build(articles).Length;
            output.WriteLine($"{topic,-22} gold {gold.Count,3} P {p:F2} R {r:F2} F1 {f:F2} R1 {rouge:F3} (automatic: {auto} dates)");
        }
        output.WriteLine($"mean date F1 {f1s.Average():F3}, mean agreement ROUGE-1 F {rouges.Average():F3}");
        Assert.True(f1s.Average() > 0.2);
    }

    /// <summary>Unigram overlap counted only between entries of the same date (a rough "agreement" ROUGE-1 F).</summary>
    private static double AgreementRouge1(IEnumerable<TimelineEntry> timeline, Dictionary<string, string> gold)
    {
        static Dictionary<string, int> Bag(string text) => Tokenizer.Tokenize(text.ToLowerInvariant())
            .Where(t => t.Kind is TokenKind.Word or TokenKind.Number).GroupBy(t => t.Text).ToDictionary(g => g.Key, g => g.Count());
        double overlap = 0, predicted = 0;
        foreach (var e in timeline)
        {
            var p = Bag(e.Text);
            predicted += p.Values.Sum();
            if (gold.TryGetValue(e.Date.ToIso(), out var g))
            {
                var gb = Bag(g);
                overlap += p.Sum(kv => Math.Min(kv.Value, gb.GetValueOrDefault(kv.Key)));
            }
        }
        var reference = gold.Values.Sum(g => Bag(g).Values.Sum());
        var prec = predicted == 0 ? 0 : overlap / predicted;
        var rec = reference == 0 ? 0 : overlap / reference;
        return prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
    }
}
