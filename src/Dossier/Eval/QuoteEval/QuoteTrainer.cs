using Dossier.Model;
using Dossier.Quotes;
using Dossier.Quotes.Learned;
using Dossier.Text;
using Dossier.Text.Learning;

namespace Dossier.Eval.QuoteEval;

/// <summary>
/// Trains the quote taggers on a PolNeAR split (train/): gold cues, sources and contents are read onto the
/// pipeline's own tokens of the normalised text, then each epoch walks the articles in a seeded shuffled order,
/// tagging cues over the whole article and roles around every gold cue, learning from every decision.
/// </summary>
public static class QuoteTrainer
{
    private sealed record Example(QuoteContext Context, TokenFacts Facts, int[] CueGold, List<((int First, int Last) Cue, List<(int, int)> Sources, List<(int, int)> Contents)> Attributions);

    public static void Train(string dir, string outPath, int epochs, float prune, Action<string>? log = null, int roleEpochs = 0, int seed = 1)
    {
        var examples = Load(dir);
        log?.Invoke($"{examples.Count} articles, {examples.Sum(e => e.Attributions.Count)} attributions");
        var cues = HashedPerceptron.ForTraining(3);
        var roles = HashedPerceptron.ForTraining(QuoteTagger.RoleLabels);
        var starts = HashedPerceptron.ForTraining(1);
        var ends = HashedPerceptron.ForTraining(1);
        var tagger = new QuoteTagger(new QuoteModels(cues, roles, starts, ends));
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        roleEpochs = roleEpochs > 0 ? roleEpochs : epochs;
        for (var e = 0; e < Math.Max(epochs, roleEpochs); e++)
        {
            random.Shuffle(order);
            foreach (var k in order)
            {
                var ex = examples[k];
                if (e < epochs) tagger.Cues(ex.Context, ex.Facts, ex.CueGold, cues);
                if (e >= roleEpochs) continue;
                var all = ex.Attributions.Select(a => a.Cue).ToList();
                foreach (var a in ex.Attributions)
                {
                    var (start, end) = QuoteTagger.Window(ex.Context, a.Cue.First, a.Cue.Last);
                    tagger.Roles(ex.Context, ex.Facts, a.Cue, all, QuoteTagger.RoleGold(start, end, a.Sources, a.Contents), roles);
                }
                var cueStarts = all.Select(a => a.First).ToHashSet();
                // the start and end rankers are separate models, so one pass teaches both in the order each would see alone
                foreach (var a in ex.Attributions)
                {
                    var (windowStart, windowEnd) = QuoteTagger.Window(ex.Context, a.Cue.First, a.Cue.Last);
                    // the first word of each content part inside the cue's sentence, on either side of the cue
                    foreach (var (partFirst, partLast) in a.Contents)
                    {
                        var after = partFirst > a.Cue.Last;
                        if (!after && partLast >= a.Cue.First) continue;
                        var g = ContentEnds.FirstWord(ex.Context, partFirst, partLast);
                        if (g > partLast || g < windowStart || partLast >= windowEnd) continue;
                        var (from, to) = ContentStarts.Range(a.Cue.First, a.Cue.Last, windowStart, partLast, after);
                        ContentStarts.Learn(starts, ex.Context, ex.Facts, a.Cue.First, a.Cue.Last, from, to, after, g);
                    }
                    // the content part after the cue, ended on its last word, inside the cue's sentence
                    if (a.Contents.Count == 0) continue;
                    var (first, last) = a.Contents[^1];
                    if (first <= a.Cue.Last) continue;
                    last = ContentEnds.LastWord(ex.Context, first, last);
                    if (last < first || last >= windowEnd) continue;
                    ContentEnds.Learn(ends, ex.Context, ex.Facts, a.Cue.First, a.Cue.Last, first, windowEnd, last, cueStarts);
                }
            }
            log?.Invoke($"epoch {e + 1}");
        }
        var models = new QuoteModels(cues.Averaged(), roles.Averaged(), starts.Averaged(), ends.Averaged());
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
        using var file = File.Create(outPath);
        models.Save(file, prune);
    }

    private static List<Example> Load(string dir)
    {
        var list = new List<Example>();
        foreach (var item in PolnearBenchmark.Items(dir))
        {
            var raw = CodePoints.ReadText(item.TextPath);
            var gold = BratReader.Read(item.AnnPath, raw);
            var mapped = MappedText.Create(raw);
            var article = new Article(item.Name, item.Name + ".txt", InputFormat.Text, null, null, null, mapped.Text, SentenceSplitter.Split(mapped.Text));
            var c = QuoteContext.Create(article, Tokenizer.Tokenize(article.Text), []);
            List<(int, int)> Runs(BratSpan? span) => span is null ? [] :
                [.. span.Parts.Select(p => Tokens(c, mapped.FromRaw(p))).Where(r => r.Last >= r.First)];
            var atts = new List<((int, int), List<(int, int)>, List<(int, int)>)>();
            foreach (var a in gold)
            {
                if (a.Cue is null) continue;
                var cue = Runs(a.Cue);
                if (cue.Count == 0) continue;
                // a discontinuous cue ("said … in a statement") is learnt by its first part
                atts.Add((cue[0], Runs(a.Source), Runs(a.Content)));
            }
            list.Add(new Example(c, new TokenFacts(c), QuoteTagger.CueLabels(c.Count, atts.Select(a => a.Item1)), atts));
        }
        return list;
    }

    // tokens starting inside the span
    private static (int First, int Last) Tokens(QuoteContext c, TextSpan span)
    {
        var first = c.TokenAt(span.Start);
        var last = first - 1;
        while (last + 1 < c.Count && c[last + 1].Span.Start < span.End) last++;
        return (first, last);
    }
}
