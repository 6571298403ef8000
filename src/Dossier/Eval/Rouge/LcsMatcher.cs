namespace Dossier.Eval.Rouge;

/// <summary>
/// ROUGE-1.5.5's summary-level LCS (ROUGE-L) and weighted LCS (ROUGE-W). For each model sentence the union of its
/// LCS with every peer sentence is marked; a marked word is a hit only while both summaries still have an unused
/// occurrence of it (the unigram counts are spent as hits are taken), so ROUGE-L never exceeds ROUGE-1. The DP
/// breaks ties as ROUGE does (diagonal on a match, else up when up ≥ left), since that decides which words are
/// marked.
/// </summary>
internal static class LcsMatcher
{
    /// <summary>LCS hits and base (total model sentence length) of one model against the peer.</summary>
    public static (double Hit, double Base) Lcs(RougeSummary model, RougeSummary peer)
    {
        var modelLeft = UnigramCounts(model.Tokens);
        var peerLeft = UnigramCounts(peer.Tokens);
        double hit = 0, total = 0;
        foreach (var sentence in model.SentenceTokens)
        {
            var mask = new bool[sentence.Count];
            total += sentence.Count;
            foreach (var p in peer.SentenceTokens) Mark(sentence, p, mask, null);
            for (var j = 0; j < sentence.Count; j++)
                if (mask[j] && Spend(sentence[j], modelLeft, peerLeft)) hit++;
        }
        return (hit, total);
    }

    /// <summary>WLCS hits (consecutive runs of length k weigh k^weight) and base (Σ sentence length^weight).</summary>
    public static (double Hit, double Base) Wlcs(RougeSummary model, RougeSummary peer, double weight)
    {
        var modelLeft = UnigramCounts(model.Tokens);
        var peerLeft = UnigramCounts(peer.Tokens);
        double hit = 0, total = 0;
        foreach (var sentence in model.SentenceTokens)
        {
            var mask = new bool[sentence.Count];
            total += Math.Pow(sentence.Count, weight);
            foreach (var p in peer.SentenceTokens) Mark(sentence, p, mask, weight);
            var run = 0;
            for (var j = 0; j < sentence.Count; j++)
            {
                if (!mask[j] || !Spend(sentence[j], modelLeft, peerLeft)) continue;
                // A run is closed at an unmarked word or the sentence end, exactly where ROUGE closes it.
                run++;
                if ((j + 1 < sentence.Count && !mask[j + 1]) || j + 1 == sentence.Count)
                {
                    hit += Math.Pow(run, weight);
                    run = 0;
                }
            }
        }
        return (hit, total);
    }

    private static Dictionary<string, int> UnigramCounts(IReadOnlyList<string> tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in tokens) counts[t] = counts.GetValueOrDefault(t) + 1;
        return counts;
    }

    private static bool Spend(string word, Dictionary<string, int> modelLeft, Dictionary<string, int> peerLeft)
    {
        if (modelLeft.GetValueOrDefault(word) <= 0 || peerLeft.GetValueOrDefault(word) <= 0) return false;
        modelLeft[word]--;
        peerLeft[word]--;
        return true;
    }

    private const byte Diagonal = 1, Up = 2, Left = 3;

    /// <summary>Marks the model positions on one LCS (or WLCS when weight is given) of model and peer.</summary>
    private static void Mark(IReadOnlyList<string> model, IReadOnlyList<string> peer, bool[] mask, double? weight)
    {
        int m = model.Count, n = peer.Count;
        if (m == 0) return;
        var c = new double[m + 1, n + 1];
        var run = weight is null ? null : new int[m + 1, n + 1];
        var move = new byte[m + 1, n + 1];
        for (var i = 1; i <= m; i++)
        for (var j = 1; j <= n; j++)
        {
            if (string.Equals(model[i - 1], peer[j - 1], StringComparison.Ordinal))
            {
                if (run is null) c[i, j] = c[i - 1, j - 1] + 1;
                else
                {
                    var k = run[i - 1, j - 1];
                    c[i, j] = c[i - 1, j - 1] + Math.Pow(k + 1, weight!.Value) - Math.Pow(k, weight.Value);
                    run[i, j] = k + 1;
                }
                move[i, j] = Diagonal;
            }
            else if (c[i - 1, j] >= c[i, j - 1]) { c[i, j] = c[i - 1, j]; move[i, j] = Up; }
            else { c[i, j] = c[i, j - 1]; move[i, j] = Left; }
        }
        for (int i = m, j = n; i != 0 && j != 0;)
        {
            switch (move[i, j])
            {
                case Diagonal: i--; j--; mask[i] = true; break;
                case Up: i--; break;
                default: j--; break;
            }
        }
    }
}
