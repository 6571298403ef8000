using Dossier.Cluster;

namespace Dossier.Eval.Cluster;

/// <summary>
/// How far the article vectors themselves can go: offline average-link clustering of the very vectors the online
/// clusterer compares (same terms, same weights), scored against the gold events after every merge, and the best
/// B-cubed F1 any single threshold reaches, chosen in hindsight on the gold. No online method over these vectors can be
/// expected to beat it by much, so a target above it asks for other evidence than the words (on ECB+, what separates a
/// topic's two look-alike events is mostly the year, which the original ECB documents never state).
/// </summary>
public static class LinkageCeiling
{
    public sealed record Result(Prf Best, double Threshold);

    /// <summary>Null when the benchmark has no event finer than its topics or is too large for an O(n²) matrix.</summary>
    public static Result? Events(ClusterEval.Benchmark bench, int maxArticles = 3000)
    {
        var articles = bench.Articles.Where(a => bench.DocOf.ContainsKey(a.Article.Id)).ToList();
        var n = articles.Count;
        if (n < 2 || n > maxArticles || !bench.Gold.Values.GroupBy(g => g.Topic).Any(t => t.Select(g => g.Event).Distinct().Count() > 1))
            return null;
        var idf = new StreamIdf(BackgroundFrequencies.Embedded);
        var vectors = articles.Select((a, i) => ArticleProfile.Of(i, a, idf).Terms).ToList();
        var docs = articles.Select(a => bench.DocOf[a.Article.Id]).ToList();
        var gold = docs.ToDictionary(d => d, d => bench.Gold[d].Event, StringComparer.Ordinal);

        // sum[i, j]: the sum of cosines over every pair of members of clusters i and j (kept for live clusters only)
        var sum = new double[n, n];
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++)
                sum[i, j] = sum[j, i] = vectors[i].Cosine(vectors[j]);
        var size = Enumerable.Repeat(1, n).ToArray();
        var clusterOf = Enumerable.Range(0, n).ToArray();
        var alive = Enumerable.Range(0, n).ToList();
        var best = new Result(Score(clusterOf, docs, gold), 1.0);
        while (alive.Count > 1)
        {
            var (bi, bj, top) = (-1, -1, double.NegativeInfinity);
            for (var x = 0; x < alive.Count; x++)
                for (var y = x + 1; y < alive.Count; y++)
                {
                    var (i, j) = (alive[x], alive[y]);
                    var mean = sum[i, j] / ((double)size[i] * size[j]);
                    if (mean > top) (bi, bj, top) = (i, j, mean);
                }
            if (top <= 0) break;
            foreach (var k in alive)
                if (k != bi && k != bj) sum[bi, k] = sum[k, bi] = sum[bi, k] + sum[bj, k];
            size[bi] += size[bj];
            for (var m = 0; m < n; m++) if (clusterOf[m] == bj) clusterOf[m] = bi;
            alive.Remove(bj);
            var score = Score(clusterOf, docs, gold);
            if (score.F1 > best.Best.F1) best = new Result(score, top);
        }
        return best;
    }

    private static Prf Score(int[] clusterOf, List<string> docs, Dictionary<string, string> gold) =>
        ClusterScores.BCubed(docs.Select((d, i) => (d, clusterOf[i])).ToDictionary(x => x.d, x => x.Item2, StringComparer.Ordinal), gold);
}
