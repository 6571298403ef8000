using Dossier.Text.Learning;

namespace Dossier.Quotes.Learned;

/// <summary>
/// Ranking with a one-output perceptron: among candidate positions, each described by its features, the best-scoring
/// one wins; training moves the weights toward the gold candidate and away from the model's choice when they differ.
/// The content-edge models (<see cref="ContentStarts"/>, <see cref="ContentEnds"/>) rank this way.
/// </summary>
internal static class CandidateRanker
{
    /// <summary>The best-scoring candidate's position; -1 when there is none.</summary>
    public static int Best(HashedPerceptron model, IEnumerable<(int At, ulong[] Features)> candidates) => Best(model, candidates, _ => 0f);

    /// <summary>The best-scoring candidate's position, each score moved by <paramref name="bias"/> of its position; -1 when there is none.</summary>
    public static int Best(HashedPerceptron model, IEnumerable<(int At, ulong[] Features)> candidates, Func<int, float> bias)
    {
        var best = -1;
        var top = double.NegativeInfinity;
        Span<float> score = stackalloc float[1];
        foreach (var (at, x) in candidates)
        {
            model.Score(x, score);
            var v = score[0] + bias(at);
            if (v > top) { top = v; best = at; }
        }
        return best;
    }

    /// <summary>One ranking update: the gold candidate against the model's choice (none when gold is not a candidate).</summary>
    public static void Learn(HashedPerceptron learner, IEnumerable<(int At, ulong[] Features)> candidates, int gold)
    {
        var all = candidates.ToList();
        var truth = all.FindIndex(a => a.At == gold);
        if (truth < 0) return;
        Span<float> score = stackalloc float[1];
        var guess = 0;
        var top = double.NegativeInfinity;
        for (var k = 0; k < all.Count; k++)
        {
            learner.Score(all[k].Features, score);
            if (score[0] > top) { top = score[0]; guess = k; }
        }
        if (guess != truth)
        {
            learner.Update(all[truth].Features, 0, 1f);
            learner.Update(all[guess].Features, 0, -1f);
        }
        learner.Tick();
    }
}
