using System.Collections.Immutable;
using System.Diagnostics;
using Dossier.Eval.Timeline;
using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Eval.Compare;

/// <summary>Precision of one kind of output on the hand-labelled sample: of the labelled items the comparison still produces, how many are right.</summary>
public sealed record LabelScore(int Labelled, int Produced, int Correct)
{
    public double Precision => Produced == 0 ? 0 : (double)Correct / Produced;
}

/// <summary>One item the comparison produced: an aligned pair or a disagreement, with its two statements.</summary>
public sealed record CompareItem(string Kind, Statement First, Statement Second, string Detail)
{
    public string FirstId => Id(First);
    public string SecondId => Id(Second);
    public string Key => CompareLabel.Keys(Kind, FirstId, SecondId);

    public static string Id(Statement s) => $"{s.Ref.ArticleId}#{s.Ref.Sentence}";
}

public sealed record CompareEvalResult(
    int Articles,
    int Outlets,
    int Facts,
    ImmutableArray<CompareItem> Aligned,
    ImmutableArray<CompareItem> Disagreements,
    LabelScore Alignment,
    LabelScore Disagreement,
    TimeSpan Elapsed)
{
    /// <summary>Disagreement precision rule by rule (figures, figure-change, denial, framing), for the rules that produced a labelled item.</summary>
    public ImmutableArray<(string Rule, LabelScore Score)> ByRule { get; init; } = [];
}

/// <summary>
/// <c>dossier eval compare</c>: the comparison run on Timeline17's four BP oil spill folders as one story told by four
/// outlets (BBC, Guardian, Reuters, Washington Post), scored on the hand-labelled sample of its aligned pairs and
/// disagreements (<see cref="CompareLabels"/>). Each aligned fact gives the pairs (its first report, each other
/// report); each disagreement its two sides.
/// </summary>
public static class CompareEval
{
    public static readonly ImmutableArray<string> Folders = ["bpoil_bbc", "bpoil_guardian", "bpoil_reuters", "bpoil_washingtonpost"];

    public static CompareEvalResult Run(string dir, IReadOnlyList<CompareLabel> labels, Action<string>? log = null)
    {
        var watch = Stopwatch.StartNew();
        var pipeline = new DossierPipeline();
        var articles = Folders.Select(f => Path.Combine(dir, f)).Where(Directory.Exists)
            .SelectMany(f => Timeline17Topic.Load(f).Articles).ToList();
        log?.Invoke($"{articles.Count} articles from {Folders.Length} outlets; annotating ...");
        var annotated = articles.Select(a => pipeline.Annotate(a)).ToList();
        log?.Invoke($"annotated in {watch.Elapsed.TotalSeconds:F1} s; comparing ...");
        var comparison = pipeline.Compare(annotated, [new Event("e1", "BP oil spill", null, [.. articles.Select(a => a.Id)])]);

        var aligned = comparison.Shared
            .SelectMany(f => f.Reports.Skip(1).Select(r => new CompareItem("align", f.Reports[0], r, $"{f.Similarity:F2}")))
            .ToImmutableArray();
        var disagreements = comparison.Disagreements
            .Select(d => new CompareItem(d.Rule, d.Sides[0].Statement, d.Sides[1].Statement, $"{d.Point}: {d.Sides[0].Says} / {d.Sides[1].Says}; {d.Note}"))
            .ToImmutableArray();
        return new CompareEvalResult(articles.Count, comparison.Outlets, comparison.Shared.Length, aligned, disagreements,
            Score(labels.Where(l => l.Kind == "align"), aligned), Score(labels.Where(l => l.Kind != "align"), disagreements), watch.Elapsed)
        {
            ByRule = [.. disagreements.Select(d => d.Kind).Distinct().Order(StringComparer.Ordinal)
                .Select(rule => (rule, Score(labels.Where(l => l.Kind == rule), [.. disagreements.Where(d => d.Kind == rule)])))],
        };
    }

    private static LabelScore Score(IEnumerable<CompareLabel> labels, ImmutableArray<CompareItem> produced)
    {
        var keys = produced.Select(p => p.Key).ToHashSet();
        var list = labels.ToList();
        var still = list.Where(l => keys.Contains(l.Key)).ToList();
        return new LabelScore(list.Count, still.Count, still.Count(l => l.Correct));
    }

    /// <summary>A seeded random sample of produced items that have no label yet, for a person to judge.</summary>
    public static IEnumerable<CompareItem> Unlabelled(IEnumerable<CompareItem> produced, IReadOnlyList<CompareLabel> labels, int n, int seed)
    {
        var done = labels.Select(l => l.Key).ToHashSet();
        var rng = new Random(seed);
        return produced.Where(p => !done.Contains(p.Key)).OrderBy(_ => rng.Next()).Take(n);
    }
}
