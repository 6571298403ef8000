using System.Diagnostics;
using Dossier.Bench;
using Dossier.Dedup;
using Dossier.Model;
using Dossier.Store;

namespace Dossier.Cli;

/// <summary>What one `bench scale` run measured.</summary>
internal sealed record ScaleResult(
    int Articles,
    int Stored,
    TimeSpan Elapsed,
    TimeSpan CpuTime,
    TimeSpan DedupTime,
    long PeakWorkingSet,
    long PeakManaged,
    long IndexBytes,
    IReadOnlyDictionary<CopyKind, (int Planted, int Found)> Copies,
    int PlantedBelowThreshold,
    double LowestPlantedSimilarity,
    int ReportedPairs,
    int FalsePairs,
    int FalsePairsWithFollowUps,
    long Candidates,
    IReadOnlyList<(int Done, double Seconds, double CpuSeconds, double DedupSeconds)> Checkpoints,
    IReadOnlyList<(int Done, long LiveBytes)> Live)
{
    public double PerSecond => Articles / Elapsed.TotalSeconds;
    public int Planted => Copies.Values.Sum(c => c.Planted);
    public int Found => Copies.Values.Sum(c => c.Found);
    public double Recall => Planted == 0 ? 1 : (double)Found / Planted;
    public double FalseShare => ReportedPairs == 0 ? 0 : (double)FalsePairs / ReportedPairs;
}

/// <summary>
/// `dossier bench scale`: a generated stream (<see cref="StreamGenerator"/>) ingested article by article into a fresh
/// SQLite store, each article checked against the near-duplicate index before it is indexed, as a live feed would be.
/// Articles go to the store in batches of <see cref="Batch"/>, one transaction each; nothing but the LSH index, the
/// current batch and the scoring bookkeeping (two ints an article) stays in memory.
/// A planted copy counts as found when its original is among the duplicates the index reports for it (an exact copy:
/// when the store recognises its content hash); a reported pair is false when the two are not copies of one original.
/// </summary>
internal static class ScaleBench
{
    public const int Batch = 1_000;

    /// <summary>SQLite's page cache for the run: enough for the content-hash index of a million articles (~40 MB).</summary>
    public const int CacheMegabytes = 64;

    public static ScaleResult Run(IReadOnlyList<Topic> topics, int n, string dbPath, ulong seed, Action<int, int> progress, DedupOptions? options = null)
    {
        var total = Stopwatch.StartNew();
        var dedupTime = new Stopwatch();
        using var store = new SqliteStore(dbPath);
        store.SetCacheSize(CacheMegabytes);
        var index = new DuplicateIndex(options);
        var ordinalOfStream = new int[n];
        var groupOf = new List<int>(n);
        var kindOf = new List<CopyKind>(n);
        var pending = new Dictionary<int, (string Id, string Text)>();
        var batch = new List<Article>(Batch);
        var batchIds = new HashSet<string>(StringComparer.Ordinal);
        var indexed = new List<(int, string, int[], ulong[])>(Batch);
        var duplicates = new List<NearDuplicate>();
        var copies = Enum.GetValues<CopyKind>().Where(k => k is CopyKind.Exact or CopyKind.Syndicated or CopyKind.Rewrite).ToDictionary(k => k, _ => (Planted: 0, Found: 0));
        int stored = 0, reported = 0, falsePairs = 0, falseFollowUps = 0, below = 0;
        long candidates = 0, peakWs = 0, peakManaged = 0;
        var lowest = 1.0;
        var checkpoints = new List<(int, double, double, double)>();
        // CPU time as well as wall time: on a shared machine other processes' load shows in the wall clock only
        var cpu0 = Environment.CpuUsage.TotalTime;
        double Cpu() => (Environment.CpuUsage.TotalTime - cpu0).TotalSeconds;
        var live = new List<(int, long)>();
        var tenth = Math.Max(Batch, n / 10 / Batch * Batch);

        (string Id, string Text)? Fetch(int ordinal) =>
            pending.TryGetValue(ordinal, out var p) ? p : store.IndexedArticle(ordinal);

        void Flush(int done)
        {
            store.AddArticles(batch);
            store.AddDedup(indexed, duplicates);
            batch.Clear();
            batchIds.Clear();
            indexed.Clear();
            duplicates.Clear();
            pending.Clear();
            peakWs = Math.Max(peakWs, Environment.WorkingSet);
            peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(false));
            checkpoints.Add((done, total.Elapsed.TotalSeconds, Cpu(), dedupTime.Elapsed.TotalSeconds));
            // what stays alive as the stream grows, measured after a full collection at every tenth
            if (done % tenth == 0 || done == n) live.Add((done, GC.GetTotalMemory(forceFullCollection: true)));
            progress(done, n);
        }

        foreach (var s in new StreamGenerator(topics, seed).Generate(n))
        {
            var a = s.Article;
            if (s.IsPlantedCopy) copies[s.Kind] = copies[s.Kind] with { Planted = copies[s.Kind].Planted + 1 };
            if (batchIds.Contains(a.Id) || store.HasArticle(a.Id))
            {
                // the same text again: the content hash already makes it one article
                if (s.Kind == CopyKind.Exact) copies[s.Kind] = copies[s.Kind] with { Found = copies[s.Kind].Found + 1 };
            }
            else
            {
                dedupTime.Start();
                var print = index.Fingerprint(a.Text);
                var ids = new Dictionary<int, string>();
                var matches = index.Find(print, o => Fetch(o) is { } f ? (ids[o] = f.Id, f.Text).Item2 : null);
                candidates += ids.Count;
                var ordinal = index.Add(print);
                dedupTime.Stop();
                if (s.Kind is CopyKind.Original or CopyKind.FollowUp) ordinalOfStream[s.Index] = ordinal;
                foreach (var m in matches)
                {
                    duplicates.Add(new NearDuplicate(a.Id, ids[m.Ordinal], Math.Round(m.Similarity, 3), m.Exact));
                    reported++;
                    if (groupOf[m.Ordinal] != s.Original)
                    {
                        falsePairs++;
                        if (s.Kind == CopyKind.FollowUp || kindOf[m.Ordinal] == CopyKind.FollowUp) falseFollowUps++;
                    }
                }
                if (s.Kind is CopyKind.Syndicated or CopyKind.Rewrite)
                {
                    var original = ordinalOfStream[s.Original];
                    if (matches.Any(m => m.Ordinal == original)) copies[s.Kind] = copies[s.Kind] with { Found = copies[s.Kind].Found + 1 };
                    // how similar the planted pair really is, whatever the index found: misses below the threshold are not the index's
                    if (Fetch(original) is { } o)
                    {
                        var sim = WordShingles.Jaccard(print.Shingles, WordShingles.Of(o.Text, index.Options.ShingleSize, index.Options.Seed));
                        lowest = Math.Min(lowest, sim);
                        if (sim < index.Options.Threshold) below++;
                    }
                }
                if (ordinal >= 0)
                {
                    pending[ordinal] = (a.Id, a.Text);
                    indexed.Add((ordinal, a.Id, print.BandKeys, print.Sketch));
                    groupOf.Add(s.Original);
                    kindOf.Add(s.Kind);
                }
                batch.Add(a);
                batchIds.Add(a.Id);
                stored++;
            }
            if ((s.Index + 1) % Batch == 0) Flush(s.Index + 1);
        }
        Flush(n);
        total.Stop();
        return new ScaleResult(n, stored, total.Elapsed, TimeSpan.FromSeconds(Cpu()), dedupTime.Elapsed, peakWs, peakManaged, index.IndexBytes, copies, below, lowest,
            reported, falsePairs, falseFollowUps, candidates, checkpoints, live);
    }
}
