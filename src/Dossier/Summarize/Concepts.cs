using System.Text.RegularExpressions;
using Dossier.Text;

namespace Dossier.Summarize;

/// <summary>
/// Concepts in the sense of Gillick and Favre's ICSI summariser: stemmed word bigrams, leaving out pairs of two
/// stopwords. A concept several articles state independently is a fact of the story; the summary's value is the
/// weight of the distinct concepts it covers, each counted once however often it is repeated, which is how
/// redundancy is controlled. Words are read as ROUGE reads them (lower-cased runs of letters and digits).
/// </summary>
internal sealed partial class Concepts
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex Word();

    /// <summary>The distinct concepts of a text, as ids of this index; new ones are added unless <paramref name="known"/>.</summary>
    public int[] Of(string text, bool known = false)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        var ids = new HashSet<int>();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (Stopwords.Contains(words[i]) && Stopwords.Contains(words[i + 1])) continue;
            var key = Stemmer.Stem(words[i]) + " " + Stemmer.Stem(words[i + 1]);
            if (!_ids.TryGetValue(key, out var id))
            {
                if (known) continue;
                _ids[key] = id = _ids.Count;
            }
            ids.Add(id);
        }
        return [.. ids.Order()];
    }

    public int Count => _ids.Count;

    /// <summary>
    /// What a concept too few articles state still weighs: enough to fill room the shared facts leave (one article's
    /// own details, or a set of articles that share little), never enough to outweigh a shared fact.
    /// </summary>
    private const double Minor = 1e-3;

    /// <summary>
    /// Each concept's weight: the number of articles that state it (the document frequency), each article counting
    /// by the value of its best sentence for the concept (raised with the sentence's closeness to the query).
    /// Concepts fewer than <paramref name="minArticles"/> articles state weigh next to nothing: one outlet's detail
    /// is not the story.
    /// </summary>
    public double[] Weights(IReadOnlyList<(int Article, int[] Concepts, double Value)> sentences, int minArticles)
    {
        var best = new Dictionary<(int Article, int Concept), double>();
        foreach (var (article, concepts, value) in sentences)
            foreach (var c in concepts)
                if (!best.TryGetValue((article, c), out var v) || value > v) best[(article, c)] = value;
        var weights = new double[Count];
        var df = new int[Count];
        foreach (var ((_, c), v) in best)
        {
            weights[c] += v;
            df[c]++;
        }
        for (var c = 0; c < weights.Length; c++)
            if (df[c] < minArticles) weights[c] *= Minor;
        return weights;
    }
}
