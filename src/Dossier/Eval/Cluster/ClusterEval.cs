using System.Collections.Immutable;
using System.Diagnostics;
using Dossier.Cluster;
using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Eval.Cluster;

/// <summary>Event- and topic-level scores of one clustering run.</summary>
public sealed record ClusterEvalResult(string Name, int Documents, int Events, int Stories, Prf EventBCubed, Prf EventPairwise, Prf TopicBCubed, Prf TopicPairwise, TimeSpan Elapsed);

/// <summary>
/// Runs the whole pipeline (read, clean, annotate, cluster) on a benchmark's documents in file order and scores
/// events against gold events and stories against gold topics. ECB+: gold.tsv (doc, topic, event) beside docs/.
/// A folder of folders (DUC 2006 docs/): each subfolder is one gold story, and also one gold event.
/// A document the cleaner split into pieces is represented by its longest piece: ECB+ files open with their URL as a
/// line of spaced-out tokens ("http : / / www . newser . com / ..."), which the cleaner takes for a cut-off paragraph
/// and makes the first piece, leaving the report itself as a second one.
/// </summary>
public static class ClusterEval
{
    public static ClusterEvalResult Run(string dir, Action<int, int>? progress = null, ClusterOptions? options = null)
    {
        var clock = Stopwatch.StartNew();
        var bench = Load(dir, progress);
        return Score(bench, options, clock);
    }

    /// <summary>A benchmark read and annotated once, to be clustered under several settings.</summary>
    public sealed record Benchmark(string Name, IReadOnlyList<AnnotatedArticle> Articles, IReadOnlyDictionary<string, string> DocOf, IReadOnlyDictionary<string, (string Topic, string Event)> Gold);

    public static Benchmark Load(string dir, Action<int, int>? progress = null)
    {
        var gold = LoadGold(dir, out var files);
        var pipeline = new DossierPipeline();
        var annotated = new List<AnnotatedArticle>();
        var docOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var done = 0;
        foreach (var (doc, path) in files)
        {
            // a document's longest piece (its report, not a stub or teaser split off it), not already seen in another file
            if (pipeline.ReadFile(path).Articles.Where(a => !docOf.ContainsKey(a.Id)).OrderByDescending(a => a.Text.Length).FirstOrDefault() is { } main)
            {
                docOf[main.Id] = doc;
                annotated.Add(pipeline.Annotate(main));
            }
            progress?.Invoke(++done, files.Count);
        }
        return new Benchmark(Path.GetFileName(Path.TrimEndingDirectorySeparator(dir)), annotated, docOf, gold);
    }

    /// <summary>Clusters the benchmark's articles in file order, as the pipeline does, and scores events and stories.</summary>
    public static ClusterEvalResult Score(Benchmark bench, ClusterOptions? options = null, Stopwatch? clock = null)
    {
        clock ??= Stopwatch.StartNew();
        var stories = new StoryClusterer(options).Cluster(bench.Articles);
        var eventOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in stories)
            foreach (var e in s.Events)
                foreach (var id in e.ArticleIds)
                    if (bench.DocOf.TryGetValue(id, out var doc)) (eventOf[doc], storyOf[doc]) = (e.Id, s.Id);
        var goldEvent = bench.Gold.ToDictionary(g => g.Key, g => g.Value.Event);
        var goldTopic = bench.Gold.ToDictionary(g => g.Key, g => g.Value.Topic);
        return new ClusterEvalResult(bench.Name, eventOf.Count,
            eventOf.Values.Distinct().Count(), storyOf.Values.Distinct().Count(),
            ClusterScores.BCubed(eventOf, goldEvent), ClusterScores.Pairwise(eventOf, goldEvent),
            ClusterScores.BCubed(storyOf, goldTopic), ClusterScores.Pairwise(storyOf, goldTopic), clock.Elapsed);
    }

    private static Dictionary<string, (string Topic, string Event)> LoadGold(string dir, out List<(string Doc, string Path)> files)
    {
        var gold = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        files = [];
        var tsv = Path.Combine(dir, "gold.tsv");
        if (File.Exists(tsv))
        {
            foreach (var line in File.ReadLines(tsv).Skip(1))
            {
                var f = line.Split('\t');
                if (f.Length < 3) continue;
                gold[f[0]] = (f[1], f[2]);
                var path = Path.Combine(dir, "docs", f[0] + ".txt");
                if (File.Exists(path)) files.Add((f[0], path));
            }
            return gold;
        }
        foreach (var story in Directory.GetDirectories(dir).Order(StringComparer.Ordinal))
            foreach (var path in Directory.GetFiles(story).Order(StringComparer.Ordinal))
            {
                var doc = Path.GetRelativePath(dir, path);
                gold[doc] = (Path.GetFileName(story), Path.GetFileName(story));
                files.Add((doc, path));
            }
        return gold;
    }
}
