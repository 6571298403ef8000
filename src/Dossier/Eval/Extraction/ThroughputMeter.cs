using System.Diagnostics;

namespace Dossier.Eval.Extraction;

/// <summary>Pages per second of one extractor over the same pages, on one thread and on all cores.</summary>
public sealed record Throughput(string Name, double SingleThread, double AllCores, int Cores);

/// <summary>
/// Times an extractor by wall clock over all pages, after one warm-up pass (JIT, caches), repeating
/// the pass until at least <paramref name="minSeconds"/> elapsed so short runs are not noise.
/// </summary>
public static class ThroughputMeter
{
    public static Throughput Measure<T>(string name, IReadOnlyList<string> pages, Func<string, T> extract, double minSeconds = 1.0)
    {
        foreach (var p in pages) extract(p);
        var single = Rate(pages, minSeconds, () => { foreach (var p in pages) extract(p); });
        var cores = Environment.ProcessorCount;
        var all = Rate(pages, minSeconds, () =>
            Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = cores }, p => extract(p)));
        return new Throughput(name, single, all, cores);
    }

    private static double Rate(IReadOnlyList<string> pages, double minSeconds, Action pass)
    {
        var clock = Stopwatch.StartNew();
        var done = 0;
        do { pass(); done += pages.Count; } while (clock.Elapsed.TotalSeconds < minSeconds);
        return done / clock.Elapsed.TotalSeconds;
    }
}
