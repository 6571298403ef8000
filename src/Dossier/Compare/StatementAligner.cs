using System.Collections.Immutable;
using Dossier.Text;

namespace Dossier.Compare;

/// <summary>
/// Aligns statements that say the same thing across independent sources. Two statements align when each is the
/// other's most similar statement in the other's source (mutual best), their TF-IDF cosine over stems and entity
/// keys reaches <see cref="CompareOptions.AlignAt"/>, and they share at least <see cref="CompareOptions.MinSharedTerms"/>
/// content terms (so two short sentences do not align on one rare word). Candidates come from an inverted index
/// over the terms, so a story of thousands of articles is not compared pair by pair.
/// </summary>
internal sealed class StatementAligner(CompareOptions options, IReadOnlyList<StatementUnit> units)
{
    // built once: alignment and the disagreement rules search the same statements
    private readonly Dictionary<string, List<int>> _index = Index(units);

    public sealed record Pair(int First, int Second, double Similarity);

    /// <summary>A term in more statements than this (or 1% of them, if more) does not make candidates by itself.</summary>
    public const int MinCommonDf = 100;

    public ImmutableArray<Pair> Align()
    {
        var best = BestPerGroup(options.AlignAt);
        var pairs = ImmutableArray.CreateBuilder<Pair>();
        for (var i = 0; i < units.Count; i++)
        {
            foreach (var (group, (j, sim)) in best[i])
            {
                if (j <= i || !best[j].TryGetValue(units[i].Group, out var back) || back.Index != i) continue;
                pairs.Add(new Pair(i, j, sim));
            }
        }
        return pairs.ToImmutable();
    }

    /// <summary>Pairs of statements of different sources, one of them in <paramref name="of"/>, at or above <paramref name="threshold"/> (for the disagreement rules, which look below the alignment bar).</summary>
    public IEnumerable<Pair> Similar(double threshold, IReadOnlySet<int> of)
    {
        foreach (var i in of.Order())
        {
            foreach (var (j, sim) in Candidates(i))
                if (sim >= threshold && (j > i || !of.Contains(j))) yield return new Pair(Math.Min(i, j), Math.Max(i, j), sim);
        }
    }

    private Dictionary<int, (int Index, double Similarity)>[] BestPerGroup(double threshold)
    {
        var best = new Dictionary<int, (int, double)>[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            var mine = best[i] = [];
            foreach (var (j, sim) in Candidates(i))
            {
                if (sim < threshold) continue;
                var g = units[j].Group;
                if (!mine.TryGetValue(g, out var cur) || sim > cur.Item2) mine[g] = (j, sim);
            }
        }
        return best;
    }

    /// <summary>
    /// Two statements that both give figures but share none report different things (a storm's winds at 35 mph and
    /// at 50 mph are two moments), however alike their words; years do not count, they are dates.
    /// </summary>
    internal static bool SameFigures(StatementUnit a, StatementUnit b)
    {
        var fa = a.Figures;
        var fb = b.Figures;
        return fa.Count == 0 || fb.Count == 0 || fa.Overlaps(fb);
    }

    private static Dictionary<string, List<int>> Index(IReadOnlyList<StatementUnit> units)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++)
        {
            foreach (var t in units[i].Vector.Weights.Keys)
            {
                if (!index.TryGetValue(t, out var list)) index[t] = list = [];
                list.Add(i);
            }
        }
        return index;
    }

    /// <summary>Statements of other sources sharing enough terms with statement <paramref name="i"/>, with their cosine.</summary>
    private IEnumerable<(int Index, double Similarity)> Candidates(int i)
    {
        var me = units[i];
        if (me.Vector.IsEmpty) yield break;
        // statements that say the same share some rarer word; the stock words of a story ("oil", "spill") would
        // make every statement a candidate of every other, so they are left out of the search (not of the cosine)
        var common = Math.Max(MinCommonDf, units.Count / 100);
        var rare = new Dictionary<int, int>();
        var myRare = 0;
        foreach (var t in me.Vector.Weights.Keys)
        {
            var postings = _index[t];
            if (postings.Count > common) continue;
            myRare++;
            foreach (var j in postings)
                if (units[j].Group != me.Group) rare[j] = rare.GetValueOrDefault(j) + 1;
        }
        // two rarer words in common (one, for a statement that has only one)
        var needed = Math.Min(2, myRare);
        foreach (var (j, n) in rare)
        {
            if (n < needed) continue;
            var other = units[j];
            if (me.Vector.SharedTerms(other.Vector) < options.MinSharedTerms || !SameFigures(me, other)) continue;
            yield return (j, me.Vector.Cosine(other.Vector));
        }
    }
}
