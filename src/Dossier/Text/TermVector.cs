using System.Collections.Immutable;

namespace Dossier.Text;

/// <summary>
/// A sparse weighted bag of terms (stems or entity keys), with its length cached so cosine is one pass over the shorter side.
/// Shared by clustering and summarisation.
/// </summary>
public sealed class TermVector
{
    public static readonly TermVector Empty = new(ImmutableDictionary<string, double>.Empty);

    public TermVector(IReadOnlyDictionary<string, double> weights)
    {
        Weights = weights;
        Norm = Math.Sqrt(weights.Values.Sum(w => w * w));
    }

    public IReadOnlyDictionary<string, double> Weights { get; }

    public double Norm { get; }

    public bool IsEmpty => Norm == 0;

    public double Cosine(TermVector other)
    {
        if (IsEmpty || other.IsEmpty) return 0;
        var (small, large) = Weights.Count <= other.Weights.Count ? (this, other) : (other, this);
        var dot = 0.0;
        foreach (var (term, w) in small.Weights)
            if (large.Weights.TryGetValue(term, out var v)) dot += w * v;
        return dot / (Norm * other.Norm);
    }

    /// <summary>How many terms the two share (a cheap guard against joins on topic words alone).</summary>
    public int SharedTerms(TermVector other) => Weights.Keys.Count(other.Weights.ContainsKey);

    /// <summary>The sum of unit-length vectors: a centroid whose direction weighs every member equally.</summary>
    public static TermVector SumOfUnits(IEnumerable<TermVector> vectors) => Empty.PlusUnits(vectors);

    /// <summary>
    /// This vector plus the unit-length versions of <paramref name="vectors"/>: a centroid grows by its newcomers
    /// alone, so joining an event costs the size of its centroid, not of all its members.
    /// </summary>
    public TermVector PlusUnits(IEnumerable<TermVector> vectors)
    {
        var sum = new Dictionary<string, double>(Weights, StringComparer.Ordinal);
        foreach (var v in vectors)
        {
            if (v.IsEmpty) continue;
            foreach (var (term, w) in v.Weights)
                sum[term] = sum.GetValueOrDefault(term) + w / v.Norm;
        }
        return new TermVector(sum);
    }

    /// <summary>TF-IDF of a bag of terms; terms missing from <paramref name="idf"/> get the weight <paramref name="unseen"/>.</summary>
    public static TermVector TfIdf(IEnumerable<string> terms, IReadOnlyDictionary<string, double> idf, double unseen)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var t in terms) weights[t] = weights.GetValueOrDefault(t) + idf.GetValueOrDefault(t, unseen);
        return new TermVector(weights);
    }
}
