using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Dossier.Eval.Rouge;
using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Eval.Summary;

/// <summary>One system's ROUGE-2 and ROUGE-SU4 recall over the topics.</summary>
public sealed record SystemScore(string Id, double Rouge2, double Su4, int Topics);

/// <summary>The benchmark's table: every system, best first, and how long Dossier took.</summary>
public sealed record Duc2006Result(ImmutableArray<SystemScore> Systems, int Topics, TimeSpan SummarizeTime, TimeSpan Elapsed);

/// <summary>
/// DUC 2006: every topic (title + narrative as the query, 25 articles) summarised at 250 words, then scored with
/// ROUGE-1.5.5's official settings (-n 2 -x -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -l 250), jackknifed over the
/// four human summaries as NIST scored, next to every peer in peers/ scored the same way.
/// </summary>
public static partial class Duc2006Eval
{
    public const string DossierId = "dossier";

    private static readonly RougeOptions Official = new()
    {
        MaxNGram = 2, ComputeLcs = false, Stem = true, SkipDistance = 4, SkipUnigrams = true,
        WordLimit = 250, Alpha = 0.5, Confidence = 95, Resamples = 1000, Jackknife = true,
    };

    [GeneratedRegex(@"<topic>\s*<num>\s*(?<num>\S+)\s*</num>\s*<title>(?<title>.*?)</title>.*?<narr>(?<narr>.*?)</narr>", RegexOptions.Singleline)]
    private static partial Regex Topic();

    public static Duc2006Result Run(string dir, Action<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var topics = Topic().Matches(File.ReadAllText(Path.Combine(dir, "topics.sgml")))
            .Select(m => (Num: m.Groups["num"].Value, Query: Regex.Replace(m.Groups["title"].Value + " " + m.Groups["narr"].Value, @"\s+", " ").Trim()))
            .Where(t => Directory.Exists(Path.Combine(dir, "docs", t.Num)))
            .ToList();
        var outDir = Directory.CreateTempSubdirectory("dossier-duc2006-").FullName;
        var summarizing = TimeSpan.Zero;
        var evals = new List<RougeEval>();
        try
        {
            var pipeline = new DossierPipeline();
            var summarizer = new Summarize.Summarizer();
            foreach (var (num, query) in topics)
            {
                var started = clock.Elapsed;
                var articles = Directory.GetFiles(Path.Combine(dir, "docs", num)).Order(StringComparer.Ordinal)
                    .SelectMany(f => pipeline.ReadFile(f).Articles)
                    .Select(a => new AnnotatedArticle(a, Tokenizer.Tokenize(a.Text), [], [], []))
                    .ToList();
                var summary = summarizer.Summarize(articles, 250, query);
                summarizing += clock.Elapsed - started;
                var prefix = $"{num[..^1]}.M.250.{num[^1]}.";
                var ours = Path.Combine(outDir, prefix + DossierId);
                File.WriteAllLines(ours, summary.Select(s => s.Text));
                evals.Add(new RougeEval(num,
                    [.. Files(Path.Combine(dir, "models"), prefix)],
                    Files(Path.Combine(dir, "peers"), prefix).Append(new RougeFile(ours, RougeInputFormat.Spl))
                        .ToDictionary(f => Path.GetFileName(f.Path)[prefix.Length..], StringComparer.Ordinal)));
                progress?.Invoke($"{num}: {summary.Length} sentences, {summary.Sum(s => s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length)} words");
            }
            // Systems are jackknifed over the four human summaries; a human is scored against the other three, so
            // that no summary is ever compared with itself (as NIST scored DUC).
            var humans = evals.SelectMany(e => e.Peers.Keys.Where(id => e.Models.Any(m => Id(m) == id))).ToHashSet(StringComparer.Ordinal);
            var results = new RougeRunner(Official).Run([.. evals.Select(e => e with { Peers = e.Peers.Where(p => !humans.Contains(p.Key)).ToDictionary() })]).ToList();
            foreach (var h in humans.Order(StringComparer.Ordinal))
            {
                var own = evals.Where(e => e.Peers.ContainsKey(h))
                    .Select(e => new RougeEval(e.Id, [.. e.Models.Where(m => Id(m) != h)], new Dictionary<string, RougeFile> { [h] = e.Peers[h] }))
                    .ToList();
                results.AddRange(new RougeRunner(Official with { Jackknife = false }).Run(own, h));
            }
            var systems = results.GroupBy(r => r.PeerId).Select(g => new SystemScore(g.Key,
                    g.First(r => r.Metric is RougeMetric.NGram { N: 2 }).Average.Recall.Average,
                    g.First(r => r.Metric is RougeMetric.SkipBigram).Average.Recall.Average,
                    g.First().PerEval.Count))
                .OrderByDescending(s => s.Rouge2).ToImmutableArray();
            return new Duc2006Result(systems, topics.Count, summarizing, clock.Elapsed);
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }

    /// <summary>A summary's id: the last dot-separated field of its file name (D0601.M.250.A.C is C).</summary>
    private static string Id(RougeFile f) => Path.GetFileName(f.Path)[(Path.GetFileName(f.Path).LastIndexOf('.') + 1)..];

    private static IEnumerable<RougeFile> Files(string folder, string prefix) =>
        Directory.GetFiles(folder).Where(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(f => new RougeFile(f, RougeInputFormat.Spl));
}
