namespace Dossier.Summarize;

/// <summary>
/// A sparse weighted bag of stems with its length cached.
/// NOTE: Cluster/ holds the same helper (Cluster/TermVector.cs); stage folders may not use each other, so each keeps
/// one internal copy until a shared home in Text/ is agreed.
/// </summary>
internal sealed class TermVector
{
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

    /// <summary>The sum of unit-length vectors: a centroid in which every member counts the same.</summary>
    public static TermVector SumOfUnits(IEnumerable<TermVector> vectors)
    {
        var sum = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var v in vectors)
        {
            if (v.IsEmpty) continue;
            foreach (var (term, w) in v.Weights)
                sum[term] = sum.GetValueOrDefault(term) + w / v.Norm;
        }
        return new TermVector(sum);
    }

    /// <summary>TF-IDF of a bag of terms; terms missing from <paramref name="idf"/> get the weight of the rarest.</summary>
    public static TermVector TfIdf(IEnumerable<string> terms, IReadOnlyDictionary<string, double> idf, double unseen)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var t in terms) weights[t] = weights.GetValueOrDefault(t) + idf.GetValueOrDefault(t, unseen);
        return new TermVector(weights);
    }
}
