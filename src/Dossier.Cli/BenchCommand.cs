using System.CommandLine;
using Dossier.Bench;
using Dossier.Cli.Terminal;

namespace Dossier.Cli;

/// <summary>`dossier bench scale --articles N [N2 …] [--db FILE]`: ingest a generated stream with near-duplicate detection and report speed, memory and copies found.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var cmd = new Command("bench", "Benchmarks that measure speed and memory (see `bench scale`).");
        cmd.Subcommands.Add(Scale());
        return cmd;
    }

    private static Command Scale()
    {
        var articles = new Option<int[]>("--articles") { Description = "Stream length; give two or more (e.g. 100000 1000000) to see how time grows.", Required = true, AllowMultipleArgumentsPerToken = true };
        var db = new Option<string?>("--db") { Description = "Store to create (must not exist; kept afterwards). With several sizes each gets -N before its extension. Default: a temporary file, deleted." };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the generated stream.", DefaultValueFactory = _ => 2026 };
        var eval = new Option<string?>("--eval") { Description = "Folder of the benchmarks whose sentences make the stream (default ../shared/eval)." };
        var cmd = new Command("scale", "Generate a stream of articles from real sentences with planted copies, ingest it into SQLite with near-duplicate detection, and report articles/s, peak memory and planted copies found.")
        {
            articles, db, seed, eval,
        };
        cmd.SetAction(parse =>
        {
            var sizes = parse.GetValue(articles) ?? [];
            if (sizes.Length == 0 || sizes.Any(s => s < 1))
            {
                Reporter.Error("--articles needs positive sizes");
                return ExitCodes.Usage;
            }
            var evalDir = parse.GetValue(eval) ?? EvalCommand.DefaultDir("");
            var dbArg = parse.GetValue(db);
            var paths = sizes.Select(n => dbArg is null ? Path.Combine(Path.GetTempPath(), $"dossier-bench-{Environment.ProcessId}-{n}.db")
                : sizes.Length == 1 ? dbArg : Path.ChangeExtension(dbArg, null) + $"-{n}" + Path.GetExtension(dbArg)).ToList();
            if (dbArg is not null && paths.FirstOrDefault(File.Exists) is string exists)
            {
                Reporter.Error($"{exists} exists: bench scale writes a fresh store");
                return ExitCodes.Usage;
            }
            var reporter = new Reporter();
            var loading = System.Diagnostics.Stopwatch.StartNew();
            var topics = TopicPool.Load(evalDir);
            if (topics.Count == 0)
            {
                Reporter.Error($"no DUC 2006 or Timeline17 topics under {evalDir}");
                return ExitCodes.Usage;
            }
            Console.WriteLine($"{topics.Count} topics, {topics.Sum(t => t.Sentences.Length):N0} distinct sentences from {evalDir} (read in {loading.Elapsed.TotalSeconds:N1} s)");
            var results = new List<ScaleResult>();
            for (var i = 0; i < sizes.Length; i++)
            {
                try
                {
                    var n = sizes[i];
                    var r = reporter.WithProgress(p => ScaleBench.Run(topics, n, paths[i], parse.GetValue(seed), p.Task($"Ingesting {n:N0} articles")));
                    results.Add(r);
                    Print(r, paths[i], dbArg is not null);
                }
                finally
                {
                    if (dbArg is null) foreach (var f in new[] { "", "-wal", "-shm" }) File.Delete(paths[i] + f);
                }
            }
            for (var i = 1; i < results.Count; i++) PrintGrowth(results[i - 1], results[i]);
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static void Print(ScaleResult r, string db, bool kept)
    {
        static string Mb(long b) => $"{b / (1024.0 * 1024):N0} MB";
        Console.WriteLine($"N = {r.Articles:N0}: {r.Stored:N0} stored, {r.Elapsed.TotalSeconds:N1} s ({r.CpuTime.TotalSeconds:N1} s CPU), {r.PerSecond:N0} articles/s (dedup {r.DedupTime.TotalSeconds:N1} s){(kept ? $" -> {db}" : "")}");
        var tenth = r.Checkpoints.Count / 10;
        if (tenth > 0)
        {
            // per tenth of the stream: articles per second overall, and microseconds of dedup per article (fingerprint, candidates, verification)
            var marks = Enumerable.Range(0, 11).Select(i => i == 0 ? (Done: 0, Seconds: 0.0, CpuSeconds: 0.0, DedupSeconds: 0.0) : r.Checkpoints[Math.Min(r.Checkpoints.Count - 1, i * tenth - 1)]).ToList();
            var rates = marks.Zip(marks.Skip(1), (a, b) => $"{(b.Done - a.Done) / (b.Seconds - a.Seconds) / 1000:N1}k");
            var cpuRates = marks.Zip(marks.Skip(1), (a, b) => $"{(b.Done - a.Done) / (b.CpuSeconds - a.CpuSeconds) / 1000:N1}k");
            var dedup = marks.Zip(marks.Skip(1), (a, b) => $"{(b.DedupSeconds - a.DedupSeconds) * 1e6 / (b.Done - a.Done):N0}");
            Console.WriteLine($"  articles/s by tenth: {string.Join(' ', rates)}");
            Console.WriteLine($"  articles per CPU-second by tenth: {string.Join(' ', cpuRates)}");
            Console.WriteLine($"  dedup µs/article by tenth: {string.Join(' ', dedup)}");
        }
        Console.WriteLine($"  memory: peak working set {Mb(r.PeakWorkingSet)}, peak managed heap {Mb(r.PeakManaged)}, LSH index {Mb(r.IndexBytes)} ({(double)r.IndexBytes / Math.Max(1, r.Stored):N0} bytes/article)");
        if (r.Live.Count >= 2)
        {
            var (first, last) = (r.Live[0], r.Live[^1]);
            var growth = (double)(last.LiveBytes - first.LiveBytes) / Math.Max(1, last.Done - first.Done);
            Console.WriteLine($"  live managed memory: {Mb(first.LiveBytes)} at {first.Done:N0} articles, {Mb(last.LiveBytes)} at {last.Done:N0} ({growth:N0} bytes per further article)");
        }
        foreach (var (kind, c) in r.Copies)
            Console.WriteLine($"  {kind,-10} copies planted {c.Planted,9:N0}   found {c.Found,9:N0}   recall {(c.Planted == 0 ? 1 : (double)c.Found / c.Planted):P2}");
        Console.WriteLine($"  all copies planted {r.Planted:N0}, found {r.Found:N0}: recall {r.Recall:P2} ({r.PlantedBelowThreshold:N0} planted near-copies are under the similarity threshold; lowest {r.LowestPlantedSimilarity:N3})");
        Console.WriteLine($"  pairs reported {r.ReportedPairs:N0}, false {r.FalsePairs:N0} ({r.FalseShare:P2}; {r.FalsePairsWithFollowUps:N0} involve a follow-up); candidates verified {r.Candidates:N0} ({(double)r.Candidates / Math.Max(1, r.Stored):N2} per article)");
    }

    /// <summary>Time growth between two sizes against linear and N·log N growth, by CPU time (what the work costs)
    /// and by wall time (which also shows whatever else the machine was doing).</summary>
    private static void PrintGrowth(ScaleResult a, ScaleResult b)
    {
        var cpu = b.CpuTime.TotalSeconds / a.CpuTime.TotalSeconds;
        var wall = b.Elapsed.TotalSeconds / a.Elapsed.TotalSeconds;
        var linear = (double)b.Articles / a.Articles;
        var nlogn = b.Articles * Math.Log(b.Articles) / (a.Articles * Math.Log(a.Articles));
        Console.WriteLine($"growth {a.Articles:N0} -> {b.Articles:N0}: CPU time x{cpu:N2} ({(cpu <= nlogn ? "within" : "above")} N log N), wall time x{wall:N2}; N x{linear:N2}, N log N x{nlogn:N2}");
    }
}
