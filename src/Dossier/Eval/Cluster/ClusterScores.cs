namespace Dossier.Eval.Cluster;

/// <summary>Precision, recall and their harmonic mean.</summary>
public readonly record struct Prf(double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() => FormattableString.Invariant($"P {Precision:F3}  R {Recall:F3}  F1 {F1:F3}");
}

/// <summary>
/// Scores of a clustering against gold classes, over the items both know. B-cubed (Bagga &amp; Baldwin 1998): per item,
/// the share of its predicted cluster that shares its gold class (precision) and of its gold class that shares its
/// predicted cluster (recall), averaged over items. Pairwise: over all pairs of items, pairs put together vs pairs
/// that belong together.
/// </summary>
public static class ClusterScores
{
    public static Prf BCubed<TItem, TP, TG>(IReadOnlyDictionary<TItem, TP> predicted, IReadOnlyDictionary<TItem, TG> gold)
        where TItem : notnull where TP : notnull where TG : notnull
    {
        var items = gold.Keys.Where(predicted.ContainsKey).ToList();
        if (items.Count == 0) return new Prf(0, 0);
        var byPred = items.GroupBy(i => predicted[i]).ToDictionary(g => g.Key, g => g.ToList());
        var byGold = items.GroupBy(i => gold[i]).ToDictionary(g => g.Key, g => g.ToList());
        // items sharing both the predicted cluster and the gold class, counted once per (cluster, class) cell
        var cell = items.GroupBy(i => (predicted[i], gold[i])).ToDictionary(g => g.Key, g => g.Count());
        double p = 0, r = 0;
        foreach (var i in items)
        {
            var both = cell[(predicted[i], gold[i])];
            p += (double)both / byPred[predicted[i]].Count;
            r += (double)both / byGold[gold[i]].Count;
        }
        return new Prf(p / items.Count, r / items.Count);
    }

    public static Prf Pairwise<TItem, TP, TG>(IReadOnlyDictionary<TItem, TP> predicted, IReadOnlyDictionary<TItem, TG> gold)
        where TItem : notnull where TP : notnull where TG : notnull
    {
        var items = gold.Keys.Where(predicted.ContainsKey).ToList();
        static long Pairs(long n) => n * (n - 1) / 2;
        long together = items.GroupBy(i => predicted[i]).Sum(g => Pairs(g.Count()));
        long belong = items.GroupBy(i => gold[i]).Sum(g => Pairs(g.Count()));
        long right = items.GroupBy(i => (predicted[i], gold[i])).Sum(g => Pairs(g.Count()));
        return new Prf(together == 0 ? 1 : (double)right / together, belong == 0 ? 1 : (double)right / belong);
    }
}
