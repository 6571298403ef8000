using Dossier.Text;

namespace Dossier.Cluster;

/// <summary>
/// The sum of a group's unit article vectors, kept with its squared length so that cosine against an article costs the
/// article's terms only. Its squared length is also n + Σ(i≠j) cos(i, j), which gives the group's cohesion (mean
/// similarity of its member pairs) for free. Mutable on purpose: the online pass adds each article once, in O(its terms),
/// instead of copying a centroid per join; it never leaves the clusterer.
/// </summary>
internal sealed class Centroid
{
    private readonly Dictionary<string, double> _sum = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public double SquaredLength { get; private set; }

    public IReadOnlyDictionary<string, double> Weights => _sum;

    public void Add(TermVector unit)
    {
        if (unit.IsEmpty) { Count++; return; }
        SquaredLength += 2 * Dot(unit) + 1;
        foreach (var (t, w) in unit.Weights) _sum[t] = _sum.GetValueOrDefault(t) + w;
        Count++;
    }

    public void Add(Centroid other)
    {
        SquaredLength += 2 * Dot(other) + other.SquaredLength;
        foreach (var (t, w) in other._sum) _sum[t] = _sum.GetValueOrDefault(t) + w;
        Count += other.Count;
    }

    /// <summary>Dot product with a vector; for a unit article vector, the sum of its cosines with the members.</summary>
    public double Dot(TermVector v)
    {
        var dot = 0.0;
        foreach (var (t, w) in v.Weights)
            if (_sum.TryGetValue(t, out var s)) dot += w * s;
        return dot;
    }

    /// <summary>The sum of cosines over every pair of one member from each group.</summary>
    public double Dot(Centroid other)
    {
        var (small, large) = _sum.Count <= other._sum.Count ? (_sum, other._sum) : (other._sum, _sum);
        var dot = 0.0;
        foreach (var (t, w) in small)
            if (large.TryGetValue(t, out var s)) dot += w * s;
        return dot;
    }

    /// <summary>Cosine between a unit article vector and the centroid's direction.</summary>
    public double Cosine(TermVector unit) => SquaredLength <= 0 || unit.IsEmpty ? 0 : Dot(unit) / Math.Sqrt(SquaredLength);

    /// <summary>
    /// Mean cosine of the group's member pairs, drawn towards <paramref name="prior"/> by <paramref name="priorPairs"/>
    /// pseudo-pairs so that a group of one or two is not taken at its word.
    /// </summary>
    public double Cohesion(double prior, double priorPairs)
    {
        double pairs = (double)Count * (Count - 1);
        var mean = pairs > 0 ? (SquaredLength - Count) / pairs : 0;
        return (pairs * mean + priorPairs * prior) / (pairs + priorPairs);
    }

    /// <summary>
    /// How alike two groups are relative to how alike each is within: the mean cross-pair cosine over the geometric mean
    /// of their cohesions. About 1 for two halves of one group whatever their sizes (on ECB+ halves of one event score
    /// 0.86-1.13), lower for different groups; unlike a centroid cosine it does not rise as groups grow.
    /// </summary>
    public double Affinity(Centroid other, double prior, double priorPairs)
    {
        if (Count == 0 || other.Count == 0) return 0;
        var cross = Dot(other) / ((double)Count * other.Count);
        return cross / Math.Sqrt(Cohesion(prior, priorPairs) * other.Cohesion(prior, priorPairs));
    }
}
