using System.Diagnostics;

namespace Dossier.Eval.Extraction;

/// <summary>Pages per second of one extractor over the same pages: per CPU-second on one thread, and by wall clock on all cores.</summary>
public sealed record Throughput(string Name, double SingleThread, double AllCores, int Cores);

/// <summary>An extractor under measurement.</summary>
public sealed record TimedExtractor(string Name, Func<string, object?> Extract);

/// <summary>
/// Times extractors over the same pages in rounds that alternate between them, keeping each one's
/// best round: the machine may be shared, and the best round is the one least disturbed by others,
/// while alternating keeps a slow spell from landing on one extractor only. Single-threaded figures
/// are per CPU-second of this process (garbage collection included), so other processes' load does
/// not count against either side.
/// </summary>
public static class ThroughputMeter
{
    public static IReadOnlyList<Throughput> Measure(IReadOnlyList<TimedExtractor> extractors, IReadOnlyList<string> pages, int rounds = 3)
    {
        foreach (var x in extractors) foreach (var p in pages) x.Extract(p);
        var cores = Environment.ProcessorCount;
        var single = new double[extractors.Count];
        var all = new double[extractors.Count];
        for (var r = 0; r < rounds; r++)
            for (var i = 0; i < extractors.Count; i++)
            {
                var x = extractors[i];
                single[i] = Math.Max(single[i], pages.Count / CpuSeconds(() => { foreach (var p in pages) x.Extract(p); }));
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var clock = Stopwatch.StartNew();
                Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = cores }, p => x.Extract(p));
                all[i] = Math.Max(all[i], pages.Count / clock.Elapsed.TotalSeconds);
            }
        return [.. extractors.Select((x, i) => new Throughput(x.Name, single[i], all[i], cores))];
    }

    private static double CpuSeconds(Action pass)
    {
        // The previous measurement's garbage is collected now, so it is not billed to this one.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        pass();
        process.Refresh();
        return Math.Max(1e-6, (process.TotalProcessorTime - before).TotalSeconds);
    }
}
