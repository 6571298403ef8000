namespace Dossier.Eval.Rouge;

/// <summary>
/// A multiset of n-grams or skip-bigrams and its total, as ROUGE-1.5.5 counts them. Hits are clipped: a gram
/// counts as often as it occurs in both.
/// </summary>
internal sealed record GramBag(IReadOnlyDictionary<string, int> Counts, int Total)
{
    public static GramBag NGrams(IReadOnlyList<string> tokens, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var gram = n == 1 ? tokens[i] : string.Join(' ', tokens.Skip(i).Take(n));
            counts[gram] = counts.GetValueOrDefault(gram) + 1;
            total++;
        }
        return new GramBag(counts, total);
    }

    /// <summary>Skip-bigrams at most <paramref name="distance"/> words apart (unlimited when negative). With
    /// unigrams (-u) every token but the last is also counted: ROUGE's loop stops one short, and so does this.</summary>
    public static GramBag SkipBigrams(IReadOnlyList<string> tokens, int distance, bool withUnigrams)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            if (withUnigrams) { counts[tokens[i]] = counts.GetValueOrDefault(tokens[i]) + 1; total++; }
            for (var j = i + 1; j < tokens.Count && (distance < 0 || j <= i + distance + 1); j++)
            {
                var gram = tokens[i] + " " + tokens[j];
                counts[gram] = counts.GetValueOrDefault(gram) + 1;
                total++;
            }
        }
        return new GramBag(counts, total);
    }

    public int Hits(GramBag peer)
    {
        var hits = 0;
        foreach (var (gram, count) in Counts)
            if (peer.Counts.TryGetValue(gram, out var p)) hits += Math.Min(p, count);
        return hits;
    }
}
