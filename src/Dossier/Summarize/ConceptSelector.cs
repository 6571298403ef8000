using System.Collections.Immutable;

namespace Dossier.Summarize;

/// <summary>One wording of one sentence that may go into the summary.</summary>
internal sealed record Candidate(SentenceUnit Unit, string Text, int Words, int[] Concepts, double Form);

/// <summary>
/// Picks wordings to maximise the weight of the distinct concepts covered within the word budget (the objective of
/// ICSISumm's ILP), each concept's weight scaled by the best form factor among the chosen sentences that carry it,
/// so a sentence opening on a pronoun counts less than one naming its subject. At most one wording per sentence.
/// Greedy by gain per word (Khuller et al.'s budgeted coverage), compared with the best single sentence, then
/// improved by swapping one chosen sentence for another and refilling, until no swap helps.
/// </summary>
internal sealed class ConceptSelector(IReadOnlyList<Candidate> candidates, double[] weights, int maxWords, double redundancy)
{
    /// <summary>Replacements tried per chosen sentence in the swap phase, best gain per word first.</summary>
    private const int SwapBreadth = 25;

    /// <summary>
    /// A swap must gain at least half of one article's vote for a concept: gains below that come only from concepts
    /// a single article states (which weigh next to nothing), and taking them would swap a shorter wording back for
    /// its longer original just to fill the budget.
    /// </summary>
    private const double MinImprovement = 0.5;

    public ImmutableArray<Candidate> Select()
    {
        var pool = candidates.Where(c => c.Words <= maxWords && Value([c]) > 0).ToList();
        if (pool.Count == 0) return [];
        var greedy = Fill([], pool);
        var single = pool.MaxBy(c => Value([c]))!;
        var chosen = Value(greedy) >= Value([single]) ? greedy : Fill([single], pool);
        chosen = Improve(chosen, pool);
        return [.. chosen];
    }

    /// <summary>Adds the best gain per word until nothing with a gain fits.</summary>
    private List<Candidate> Fill(List<Candidate> start, List<Candidate> pool)
    {
        var chosen = new List<Candidate>(start);
        var cover = Cover(chosen);
        var words = chosen.Sum(c => c.Words);
        while (true)
        {
            Candidate? best = null;
            var bestRatio = 0.0;
            foreach (var c in pool)
            {
                if (c.Words > maxWords - words || chosen.Any(x => Clash(x, c))) continue;
                var ratio = Gain(c, cover) / c.Words;
                if (ratio > bestRatio + 1e-12) (best, bestRatio) = (c, ratio);
            }
            if (best is null) return chosen;
            chosen.Add(best);
            words += best.Words;
            foreach (var k in best.Concepts) cover[k] = Math.Max(cover.GetValueOrDefault(k), best.Form);
        }
    }

    /// <summary>Swaps one chosen wording for an unchosen one (then refills) while that raises the value.</summary>
    private List<Candidate> Improve(List<Candidate> chosen, List<Candidate> pool)
    {
        var value = Value(chosen);
        for (var round = 0; round < 20; round++)
        {
            List<Candidate>? better = null;
            foreach (var out_ in chosen)
            {
                var rest = chosen.Where(c => !ReferenceEquals(c, out_)).ToList();
                var room = maxWords - rest.Sum(c => c.Words);
                var cover = Cover(rest);
                // Only the most promising replacements are tried: a full refill per candidate would be quadratic.
                var tries = pool
                    .Where(in_ => in_.Words <= room && !ReferenceEquals(in_, out_) && !rest.Any(x => Clash(x, in_)))
                    .Select(in_ => (in_, ratio: Gain(in_, cover) / in_.Words))
                    .Where(t => t.ratio > 0)
                    .OrderByDescending(t => t.ratio).Take(SwapBreadth).Select(t => t.in_);
                foreach (var in_ in tries)
                {
                    var trial = Fill([.. rest, in_], pool);
                    var v = Value(trial);
                    if (v > value + MinImprovement) (better, value) = (trial, v);
                }
            }
            if (better is null) break;
            chosen = better;
        }
        return chosen;
    }

    private bool Clash(Candidate a, Candidate b) =>
        ReferenceEquals(a.Unit, b.Unit)
        || string.Equals(a.Text, b.Text, StringComparison.OrdinalIgnoreCase)
        || a.Unit.Vector.Cosine(b.Unit.Vector) >= redundancy;

    private double Gain(Candidate c, Dictionary<int, double> cover)
    {
        var g = 0.0;
        foreach (var k in c.Concepts)
        {
            var have = cover.GetValueOrDefault(k);
            if (c.Form > have) g += weights[k] * (c.Form - have);
        }
        return g;
    }

    private double Value(IEnumerable<Candidate> chosen) => Cover(chosen).Sum(kv => weights[kv.Key] * kv.Value);

    private static Dictionary<int, double> Cover(IEnumerable<Candidate> chosen)
    {
        var cover = new Dictionary<int, double>();
        foreach (var c in chosen)
            foreach (var k in c.Concepts)
                cover[k] = Math.Max(cover.GetValueOrDefault(k), c.Form);
        return cover;
    }
}
