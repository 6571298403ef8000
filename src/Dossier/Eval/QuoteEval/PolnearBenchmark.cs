using System.Collections.Immutable;

namespace Dossier.Eval.QuoteEval;

/// <summary>
/// A PolNeAR split on disk: text/NAME.txt with attributions/NAME_ANNOTATOR.ann. Where two annotators did an article,
/// the gold is the file whose annotator id sorts first (ordinal), so the choice is stable across runs.
/// </summary>
public static class PolnearBenchmark
{
    public sealed record Item(string Name, string TextPath, string AnnPath);

    public static ImmutableArray<Item> Items(string dir)
    {
        var texts = Path.Combine(dir, "text");
        var anns = Path.Combine(dir, "attributions");
        if (!Directory.Exists(texts) || !Directory.Exists(anns)) return [];
        return [.. Directory.GetFiles(anns, "*.ann")
            .Select(a => (Name: ArticleName(a), Ann: a, Annotator: AnnotatorId(a)))
            .GroupBy(a => a.Name, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Ann: g.OrderBy(a => a.Annotator, StringComparer.Ordinal).First().Ann))
            .Where(g => File.Exists(Path.Combine(texts, g.Key + ".txt")))
            .Select(g => new Item(g.Key, Path.Combine(texts, g.Key + ".txt"), g.Ann))];
    }

    /// <summary>Scores the quote stage on every article of the split.</summary>
    public static QuoteScores Run(string dir, Action<Item, RawTextQuotes.Result, ImmutableArray<BratAttribution>>? each = null, string? modelPath = null)
    {
        var extractor = new RawTextQuotes(modelPath);
        var total = QuoteScores.Empty;
        foreach (var item in Items(dir))
        {
            var raw = CodePoints.ReadText(item.TextPath);
            var gold = BratReader.Read(item.AnnPath, raw);
            var found = extractor.Extract(raw, item.Name);
            each?.Invoke(item, found, gold);
            total += QuoteScorer.Score(gold, found.Attributions, raw);
        }
        return total;
    }

    private static string ArticleName(string annPath)
    {
        var stem = Path.GetFileNameWithoutExtension(annPath);
        var cut = stem.LastIndexOf('_');
        return cut < 0 ? stem : stem[..cut];
    }

    private static string AnnotatorId(string annPath)
    {
        var stem = Path.GetFileNameWithoutExtension(annPath);
        var cut = stem.LastIndexOf('_');
        return cut < 0 ? "" : stem[(cut + 1)..];
    }
}
