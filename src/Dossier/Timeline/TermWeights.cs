using System.Collections.Frozen;

namespace Dossier.Timeline;

/// <summary>
/// TF-IDF over the sentences of a story: a stem every sentence uses ("oil" in an oil-spill story) says little about
/// which day a sentence tells; a stem few sentences use ("dome", "hydrate") says much. Vectors are unit length.
/// </summary>
internal sealed class TermWeights
{
    private readonly FrozenDictionary<string, double> idf;

    public TermWeights(IEnumerable<StemBag> sentences)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var n = 0;
        foreach (var bag in sentences)
        {
            n++;
            foreach (var stem in bag.Counts.Keys) df[stem] = df.GetValueOrDefault(stem) + 1;
        }
        idf = df.ToFrozenDictionary(kv => kv.Key, kv => Math.Log((1.0 + n) / (1.0 + kv.Value)) + 1, StringComparer.Ordinal);
    }

    /// <summary>The sentence's unit TF-IDF vector.</summary>
    public Dictionary<string, double> Vector(StemBag bag)
    {
        var v = new Dictionary<string, double>(bag.Counts.Count, StringComparer.Ordinal);
        foreach (var (stem, count) in bag.Counts) v[stem] = count * idf.GetValueOrDefault(stem, 1.0);
        Normalize(v);
        return v;
    }

    public static void Normalize(Dictionary<string, double> v)
    {
        var norm = Math.Sqrt(v.Values.Sum(x => x * x));
        if (norm == 0) return;
        foreach (var k in v.Keys.ToList()) v[k] /= norm;
    }

    public static double Dot(IReadOnlyDictionary<string, double> a, IReadOnlyDictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        double dot = 0;
        foreach (var (k, x) in small)
            if (large.TryGetValue(k, out var y)) dot += x * y;
        return dot;
    }
}
