using System.Collections.Concurrent;

namespace Dossier.Eval.Rouge;

/// <summary>One peer's result for one measure: the average with its interval and the per-topic scores.</summary>
public sealed record RougeResult(string PeerId, RougeMetric Metric, RougeAverage Average, IReadOnlyDictionary<string, RougeScore> PerEval);

/// <summary>
/// Runs a whole evaluation as ROUGE-1.5.5 -a does: every peer id in string order (or the one asked for), each
/// measure in ROUGE's order, each topic that has the peer (the others are skipped with a warning, as in ROUGE).
/// Summaries are read and tokenised once and shared across peers and measures; peers are scored in parallel,
/// which changes nothing in the figures since each peer's bootstrap is seeded on its own.
/// </summary>
public sealed class RougeRunner(RougeOptions options, string? weightText = null)
{
    private readonly ConcurrentDictionary<RougeFile, RougeSummary> _summaries = new();

    public IReadOnlyList<RougeResult> Run(IReadOnlyList<RougeEval> evals, string? onlyPeer = null, Action<string>? warn = null)
    {
        var peerIds = onlyPeer is not null
            ? [onlyPeer]
            : evals.SelectMany(e => e.Peers.Keys).Distinct().OrderBy(p => p, StringComparer.Ordinal).ToList();
        foreach (var e in evals)
            foreach (var p in peerIds.Where(p => !e.Peers.ContainsKey(p)))
                warn?.Invoke($"*ROUGE Warning: test instance for peer {p} does not exist for evaluation {e.Id}");
        var metrics = RougeMetric.For(options, weightText);
        var results = new RougeResult[peerIds.Count][];
        Parallel.For(0, peerIds.Count, i => results[i] = [.. metrics.Select(m => RunOne(peerIds[i], m, evals))]);
        return [.. results.SelectMany(r => r)];
    }

    private RougeResult RunOne(string peerId, RougeMetric metric, IReadOnlyList<RougeEval> evals)
    {
        var scores = new Dictionary<string, RougeScore>(StringComparer.Ordinal);
        foreach (var e in evals)
        {
            if (!e.Peers.TryGetValue(peerId, out var peerFile)) continue;
            var models = e.Models.Select(Load).ToList();
            scores[$"{e.Id}.{peerId}"] = RougeScorer.ScoreTopic(metric, Load(peerFile), models, options);
        }
        return new RougeResult(peerId, metric, RougeBootstrap.Average(scores, options), scores);
    }

    private RougeSummary Load(RougeFile file) => _summaries.GetOrAdd(file, f =>
    {
        if (!File.Exists(f.Path)) throw new FileNotFoundException($"Cannot find summary: {f.Path}", f.Path);
        return RougeSummary.From(RougeSummaryReader.ReadSentences(f.Path, f.Format), options);
    });
}
