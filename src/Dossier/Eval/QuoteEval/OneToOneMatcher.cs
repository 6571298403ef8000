namespace Dossier.Eval.QuoteEval;

/// <summary>
/// Maximum one-to-one matching between gold and predicted items under a "may match" predicate (Kuhn's augmenting
/// paths). Greedy matching would undercount when one long predicted span overlaps two gold spans.
/// </summary>
public static class OneToOneMatcher
{
    public static int Count<TG, TP>(IReadOnlyList<TG> gold, IReadOnlyList<TP> predicted, Func<TG, TP, bool> matches)
    {
        var edges = gold.Select(g => Enumerable.Range(0, predicted.Count).Where(p => matches(g, predicted[p])).ToArray()).ToArray();
        var owner = Enumerable.Repeat(-1, predicted.Count).ToArray();
        var count = 0;
        for (var g = 0; g < gold.Count; g++)
            if (Augment(g, edges, owner, new bool[predicted.Count])) count++;
        return count;
    }

    private static bool Augment(int g, int[][] edges, int[] owner, bool[] seen)
    {
        foreach (var p in edges[g])
        {
            if (seen[p]) continue;
            seen[p] = true;
            if (owner[p] < 0 || Augment(owner[p], edges, owner, seen))
            {
                owner[p] = g;
                return true;
            }
        }
        return false;
    }
}
