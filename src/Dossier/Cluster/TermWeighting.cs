using System.Collections.Immutable;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Cluster;

/// <summary>Content terms of an article (Porter stems of non-stopword words) and their TF-IDF weights.</summary>
internal static class TermWeighting
{
    public static ImmutableArray<string> ContentStems(IEnumerable<Token> tokens) =>
        [.. tokens.Where(IsContentWord).Select(t => Stemmer.Stem(t.Text))];

    public static bool IsContentWord(Token t) =>
        t.IsWord && t.Text.Length > 1 && !Stopwords.Contains(t.Text) && t.Text.Any(char.IsLetter);

    /// <summary>
    /// Sublinear TF (1 + ln tf) times IDF, scaled to unit length: a long article repeating a word should not drown the
    /// rest, and a centroid built of unit vectors weighs every member alike.
    /// </summary>
    public static TermVector UnitTfIdf(IEnumerable<string> terms, Func<string, double> idf)
    {
        var tf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in terms) tf[t] = tf.GetValueOrDefault(t) + 1;
        var weights = new Dictionary<string, double>(tf.Count, StringComparer.Ordinal);
        var sum = 0.0;
        foreach (var (t, n) in tf)
        {
            var w = (1 + Math.Log(n)) * idf(t);
            weights[t] = w;
            sum += w * w;
        }
        if (sum == 0) return TermVector.Empty;
        var norm = Math.Sqrt(sum);
        foreach (var t in tf.Keys) weights[t] /= norm;
        return new TermVector(weights);
    }
}

/// <summary>
/// Inverse document frequencies that learn as the stream arrives: background counts (<see cref="BackgroundFrequencies"/>)
/// plus every article seen so far, smoothed as idf = ln((1 + N) / (1 + df)) + 1. An article's weights are fixed when it
/// arrives; nothing is re-weighed later, so assignment stays a single pass.
/// </summary>
internal sealed class StreamIdf(BackgroundFrequencies background)
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private int _documents;

    /// <summary>Counts one more document holding these terms.</summary>
    public void Add(IEnumerable<string> terms)
    {
        _documents++;
        foreach (var t in terms.Distinct(StringComparer.Ordinal)) _seen[t] = _seen.GetValueOrDefault(t) + 1;
    }

    public double this[string term] =>
        Math.Log((1.0 + background.Documents + _documents) / (1.0 + background.Frequency(term) + _seen.GetValueOrDefault(term))) + 1.0;
}
