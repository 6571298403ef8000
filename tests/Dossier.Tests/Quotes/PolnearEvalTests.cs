using System.Globalization;
using Dossier.Model;
using Dossier.Quotes;
using Dossier.Tests.Support;
using Dossier.Text;
using Xunit.Abstractions;

namespace Dossier.Tests.Quotes;

/// <summary>
/// Overlap F1 of cues, sources and contents against PolNeAR dev (brat standoff, ../shared/eval/polnear/dev).
/// PolNeAR also annotates thoughts and intentions ("believes", "has learned"), which this stage does not look for,
/// so recall is bounded well below 1. Skips cleanly when the data is absent.
/// </summary>
public class PolnearEvalTests(ITestOutputHelper output)
{
    private sealed record Gold(TextSpan Cue, TextSpan? Source, TextSpan? Content);

    [Fact]
    public void Should_Keep_Cue_Precision_On_Polnear_Dev()
    {
        // Given
        var dir = Path.Combine(TestData.EvalDir, "polnear", "dev");
        if (!Directory.Exists(dir)) return;
        int gold = 0, found = 0, cueHit = 0, cueFound = 0, srcHit = 0, contentHit = 0, files = 0;

        // When
        foreach (var textFile in Directory.GetFiles(Path.Combine(dir, "text"), "*.txt").Order(StringComparer.Ordinal))
        {
            var raw = File.ReadAllText(textFile);
            var article = TestData.Article(raw, id: Path.GetFileNameWithoutExtension(textFile));
            if (article.Text.Length != raw.Length) continue;   // gold offsets are into the raw text
            var ann = Directory.GetFiles(Path.Combine(dir, "attributions"), Path.GetFileNameWithoutExtension(textFile) + "_*.ann").Order(StringComparer.Ordinal).FirstOrDefault();   // several annotators: take one
            if (ann is null) continue;
            files++;
            var golds = ReadGold(ann);
            var quotes = new QuoteExtractor().Extract(article, Tokenizer.Tokenize(article.Text), []);
            gold += golds.Count;
            found += quotes.Length;
            cueFound += quotes.Count(q => golds.Any(g => g.Cue.Overlaps(q.CueSpan)));
            if (Environment.GetEnvironmentVariable("DOSSIER_EVAL_VERBOSE") == "1")
                foreach (var q in quotes.Where(q => !golds.Any(g => g.Cue.Overlaps(q.CueSpan))))
                    output.WriteLine($"EXTRA {q.Rule} [{q.Speaker}] ({q.Cue}) {q.Text}");
            foreach (var g in golds)
            {
                var q = quotes.FirstOrDefault(q => g.Cue.Overlaps(q.CueSpan));
                if (q is null)
                {
                    if (Environment.GetEnvironmentVariable("DOSSIER_EVAL_VERBOSE") == "1" && g.Cue.Of(article.Text) is "said" or "says" or "told")
                        output.WriteLine("MISS " + article.Text[Math.Max(0, g.Cue.Start - 120)..Math.Min(article.Text.Length, g.Cue.End + 60)].Replace('\n', ' '));
                    continue;
                }
                cueHit++;
                if (g.Source is { } s && q.SpeakerSpan is { } qs && s.Overlaps(qs)) srcHit++;
                if (g.Content is { } c && c.Overlaps(q.ContentSpan)) contentHit++;
            }
        }
        if (files == 0) return;

        // Then
        var p = found == 0 ? 0 : (double)cueFound / found;
        var r = gold == 0 ? 0 : (double)cueHit / gold;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"files {files} gold {gold} found {found} cue P {p:F3} R {r:F3} | of matched cues: source {srcHit / (double)Math.Max(1, cueHit):F3} content {contentHit / (double)Math.Max(1, cueHit):F3}"));
        Assert.True(p >= 0.80, $"cue precision {p:F3}");
    }

    private static List<Gold> ReadGold(string path)
    {
        var spans = new Dictionary<string, (string Type, TextSpan Span)>();
        var gold = new List<Gold>();
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split('\t');
            if (parts.Length < 2) continue;
            if (parts[0].StartsWith('T'))
            {
                var head = parts[1].Split(' ');
                var start = int.Parse(head[1], CultureInfo.InvariantCulture);
                var end = int.Parse(head[^1].Split(';')[^1], CultureInfo.InvariantCulture);
                spans[parts[0]] = (head[0], new TextSpan(start, end));
            }
        }
        foreach (var line in File.ReadLines(path).Where(l => l.StartsWith('E')))
        {
            var roles = line.Split('\t')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split(':')).Where(r => r.Length == 2).GroupBy(r => r[0]).ToDictionary(g => g.Key, g => g.First()[1]);
            TextSpan? Get(string role) => roles.TryGetValue(role, out var id) && spans.TryGetValue(id, out var s) ? s.Span : null;
            if (Get("Cue") is { } cue) gold.Add(new Gold(cue, Get("Source"), Get("Content")));
        }
        return gold;
    }
}
