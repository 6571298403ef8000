namespace Dossier.Entities.Tagger;

/// <summary>
/// Learns word clusters from unlabeled text: each frequent word is described by the words seen just before and
/// just after it (counts over the most frequent words, log-scaled, unit length) and spherical k-means groups words
/// with like neighbours, once finely and once coarsely. Deterministic: seeds are words spread evenly over the
/// frequency ranking, and ties break by rank.
/// </summary>
public static class ClusterLearner
{
    public static WordClusters Learn(IEnumerable<string[]> lines, int fine = 600, int coarse = 100, int iterations = 6, int minCount = 3, int maxWords = 50_000, int contextWords = 500)
    {
        var materialised = lines.ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in materialised)
            foreach (var w in line) counts[w] = counts.GetValueOrDefault(w) + 1;
        var vocab = counts.Where(p => p.Value >= minCount).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(maxWords).Select(p => p.Key).ToArray();
        var index = vocab.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var contextLower = counts.GroupBy(p => p.Key.ToLowerInvariant()).Select(g => (g.Key, Count: g.Sum(p => p.Value)))
            .OrderByDescending(p => p.Count).ThenBy(p => p.Key, StringComparer.Ordinal).Take(contextWords)
            .Select((p, i) => (p.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        var dims = contextWords * 2;
        var raw = new Dictionary<int, float>[vocab.Length];
        for (var i = 0; i < raw.Length; i++) raw[i] = [];
        foreach (var line in materialised)
        {
            for (var i = 0; i < line.Length; i++)
            {
                if (!index.TryGetValue(line[i], out var word)) continue;
                if (i > 0 && contextLower.TryGetValue(line[i - 1].ToLowerInvariant(), out var left)) Bump(raw[word], left);
                if (i + 1 < line.Length && contextLower.TryGetValue(line[i + 1].ToLowerInvariant(), out var right)) Bump(raw[word], contextWords + right);
            }
        }
        var vectors = raw.Select(Normalised).ToArray();
        var fineOf = KMeans(vectors, dims, fine, iterations);
        var coarseOf = KMeans(vectors, dims, coarse, iterations);
        var map = new Dictionary<ulong, (short, short)>(vocab.Length);
        for (var i = 0; i < vocab.Length; i++) map[FeatureHash.Of(vocab[i])] = ((short)fineOf[i], (short)coarseOf[i]);
        return new WordClusters(map);
    }

    private static void Bump(Dictionary<int, float> v, int dim) => v[dim] = v.GetValueOrDefault(dim) + 1;

    private static (int[] Dims, float[] Values) Normalised(Dictionary<int, float> counts)
    {
        var dims = counts.Keys.Order().ToArray();
        var values = dims.Select(d => MathF.Log(1 + counts[d])).ToArray();
        var norm = MathF.Sqrt(values.Sum(x => x * x));
        if (norm > 0) for (var i = 0; i < values.Length; i++) values[i] /= norm;
        return (dims, values);
    }

    private static int[] KMeans((int[] Dims, float[] Values)[] vectors, int dims, int k, int iterations)
    {
        k = Math.Min(k, vectors.Length);
        var centroids = new float[k][];
        for (var c = 0; c < k; c++)
        {
            centroids[c] = new float[dims];
            var (d, v) = vectors[(int)((long)c * vectors.Length / k)];
            for (var j = 0; j < d.Length; j++) centroids[c][d[j]] = v[j];
        }
        var assigned = new int[vectors.Length];
        for (var it = 0; it < iterations; it++)
        {
            Parallel.For(0, vectors.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            {
                var (d, v) = vectors[i];
                var best = 0;
                var bestScore = float.MinValue;
                for (var c = 0; c < k; c++)
                {
                    var centroid = centroids[c];
                    var s = 0f;
                    for (var j = 0; j < d.Length; j++) s += centroid[d[j]] * v[j];
                    if (s > bestScore) { bestScore = s; best = c; }
                }
                assigned[i] = best;
            });
            foreach (var centroid in centroids) Array.Clear(centroid);
            for (var i = 0; i < vectors.Length; i++)
            {
                var (d, v) = vectors[i];
                var centroid = centroids[assigned[i]];
                for (var j = 0; j < d.Length; j++) centroid[d[j]] += v[j];
            }
            foreach (var centroid in centroids)
            {
                var norm = MathF.Sqrt(centroid.Sum(x => x * x));
                if (norm > 0) for (var j = 0; j < centroid.Length; j++) centroid[j] /= norm;
            }
        }
        return assigned;
    }
}
