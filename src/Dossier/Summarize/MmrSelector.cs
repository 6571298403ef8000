using System.Collections.Immutable;

namespace Dossier.Summarize;

/// <summary>
/// Greedy maximal-marginal-relevance selection under a word budget: repeatedly takes the sentence with the best
/// mix of its own score and distance from what is already chosen, skipping near-repeats and sentences that no longer
/// fit. Ties go to the earlier article and sentence, so the choice is deterministic.
/// </summary>
internal static class MmrSelector
{
    public static ImmutableArray<SentenceUnit> Select(IReadOnlyList<(SentenceUnit Unit, double Score)> scored, int maxWords, SummaryOptions o)
    {
        var chosen = new List<SentenceUnit>();
        var left = scored.Where(c => c.Score > 0).ToList();
        var top = left.Count == 0 ? 1 : left.Max(c => c.Score);
        var words = 0;
        while (left.Count > 0)
        {
            left.RemoveAll(c => c.Unit.Words > maxWords - words || Redundancy(c.Unit, chosen) >= o.RedundancyThreshold);
            if (left.Count == 0) break;
            var best = left
                .Select(c => (c.Unit, mmr: o.MmrLambda * c.Score / top - (1 - o.MmrLambda) * Redundancy(c.Unit, chosen)))
                .Aggregate((b, n) => n.mmr > b.mmr + 1e-12 ? n : b).Unit;
            chosen.Add(best);
            words += best.Words;
            left.RemoveAll(c => ReferenceEquals(c.Unit, best));
        }
        return [.. chosen];
    }

    private static double Redundancy(SentenceUnit s, List<SentenceUnit> chosen) =>
        chosen.Count == 0 ? 0 : chosen.Max(c => Same(c, s) ? 1 : c.Vector.Cosine(s.Vector));

    /// <summary>The same words verbatim (one wire story run by two outlets) count as a full repeat whatever the vectors say.</summary>
    private static bool Same(SentenceUnit a, SentenceUnit b) =>
        string.Equals(a.Sentence.Text, b.Sentence.Text, StringComparison.OrdinalIgnoreCase);
}
