namespace Dossier.Eval.Rouge;

/// <summary>
/// ROUGE-1.5.5's computeAverages. The printed average is not the plain mean of the per-topic scores but the mean
/// of the bootstrap resamples: for resample i ROUGE calls <c>srand(i)</c> and draws as many topics as there are,
/// with replacement, by <c>int(rand(n))</c>, over the topics in string order of "topic.peer"; the resample means
/// are sorted and averaged in that order, and the interval bounds are read off the sorted list by ROUGE's
/// interpolation. Every step is reproduced, floating-point order included, so all printed digits agree.
/// </summary>
public static class RougeBootstrap
{
    /// <param name="scores">Per-topic scores keyed by ROUGE's test id "topic.peer".</param>
    public static RougeAverage Average(IReadOnlyDictionary<string, RougeScore> scores, RougeOptions options)
    {
        var ids = scores.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        var values = ids.Select(id => Columns(scores[id], options.CountingUnit)).ToList();
        var totals = new double[3];
        foreach (var v in values) for (var k = 0; k < 3; k++) totals[k] += v[k];
        if (options.CountingUnit == RougeCountingUnit.RawCounts)
        {
            var none = new RougeInterval(0, 0, 0);
            return new RougeAverage(none, none, none, totals[0], totals[1], totals[2]);
        }

        var samples = new[] { new double[options.Resamples], new double[options.Resamples], new double[options.Resamples] };
        for (var i = 0; i < options.Resamples; i++)
        {
            var sample = Resample(values, (uint)i, options);
            for (var k = 0; k < 3; k++) samples[k][i] = sample[k];
        }
        var delta = options.Resamples * ((100 - options.Confidence) / 2.0) / 100.0;
        var upperLow = (int)(options.Resamples - delta - 1);
        var lowerLow = (int)delta;
        var ratio = options.Resamples - delta - 1 - upperLow;
        var result = new RougeInterval[3];
        for (var k = 0; k < 3; k++)
        {
            var sorted = samples[k];
            Array.Sort(sorted);
            double sum = 0;
            foreach (var s in sorted) sum += s;
            result[k] = new RougeInterval(
                PerlNumbers.Round5(sum / sorted.Length),
                PerlNumbers.Round5(Interpolate(sorted, lowerLow, ratio)),
                PerlNumbers.Round5(Interpolate(sorted, upperLow, ratio)));
        }
        return new RougeAverage(result[0], result[1], result[2], totals[0], totals[1], totals[2]);
    }

    /// <summary>sorted[i] + (sorted[i+1] − sorted[i])·ratio; Perl reads past the end as 0 (undef).</summary>
    private static double Interpolate(double[] sorted, int i, double ratio)
    {
        double At(int j) => j >= 0 && j < sorted.Length ? sorted[j] : 0;
        return At(i) + (At(i + 1) - At(i)) * ratio;
    }

    /// <summary>-t 0 averages R, P, F; -t 1 and -t 2 carry model count, peer count and hits.</summary>
    private static double[] Columns(RougeScore s, RougeCountingUnit unit) => unit == RougeCountingUnit.Sentence
        ? [s.Recall, s.Precision, s.F]
        : [s.ModelCount, s.PeerCount, s.Hits];

    private static double[] Resample(List<double[]> values, uint seed, RougeOptions options)
    {
        var random = new PerlRandom(seed);
        var n = values.Count;
        var sum = new double[3];
        for (var i = 0; i < n; i++)
        {
            var v = values[random.NextIndex(n)];
            for (var k = 0; k < 3; k++) sum[k] += v[k];
        }
        if (options.CountingUnit == RougeCountingUnit.Sentence)
            return n > 0 ? [sum[0] / n, sum[1] / n, sum[2] / n] : [0, 0, 0];
        var r = sum[0] > 0 ? sum[2] / sum[0] : 0;
        var p = sum[1] > 0 ? sum[2] / sum[1] : 0;
        var a = options.Alpha;
        var f = (1 - a) * p + a * r > 0 ? r * p / ((1 - a) * p + a * r) : 0;
        return [r, p, f];
    }
}
