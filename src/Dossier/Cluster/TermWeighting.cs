using System.Collections.Immutable;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Cluster;

/// <summary>
/// Content terms of an article (Porter stems of non-stopword words) and their TF-IDF weights.
/// IDF comes from the batch being clustered, smoothed as if one extra document held every term
/// (idf = ln((1+N)/(1+df)) + 1), so a two-article batch still weighs shared words above zero.
/// </summary>
internal static class TermWeighting
{
    public static ImmutableArray<string> ContentStems(IEnumerable<Token> tokens) =>
        [.. tokens.Where(IsContentWord).Select(t => Stemmer.Stem(t.Text))];

    public static bool IsContentWord(Token t) =>
        t.IsWord && t.Text.Length > 1 && !Stopwords.Contains(t.Text) && t.Text.Any(char.IsLetter);

    public static ImmutableDictionary<string, double> Idf(IReadOnlyList<IEnumerable<string>> documents)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in documents)
            foreach (var term in doc.Distinct(StringComparer.Ordinal))
                df[term] = df.GetValueOrDefault(term) + 1;
        var n = documents.Count;
        return df.ToImmutableDictionary(kv => kv.Key, kv => Math.Log((1.0 + n) / (1.0 + kv.Value)) + 1.0, StringComparer.Ordinal);
    }

    /// <summary>Sublinear TF (1 + ln tf) times IDF: a long article repeating a word should not drown the rest.</summary>
    public static TermVector TfIdf(IEnumerable<string> terms, IReadOnlyDictionary<string, double> idf)
    {
        var tf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in terms) tf[t] = tf.GetValueOrDefault(t) + 1;
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (t, n) in tf)
            weights[t] = (1 + Math.Log(n)) * idf.GetValueOrDefault(t, 1.0);
        return new TermVector(weights);
    }
}
