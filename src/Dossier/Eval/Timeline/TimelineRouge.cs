using System.Collections.Immutable;
using System.Text;
using Dossier.Eval.Rouge;

namespace Dossier.Eval.Timeline;

/// <summary>The ways tilse compares a timeline with reference timelines (Martschat &amp; Markert 2017).</summary>
public enum TimelineRougeVariant
{
    /// <summary>All daily summaries concatenated on both sides.</summary>
    Concat,

    /// <summary>Daily summaries compared only on the same day.</summary>
    Agreement,

    /// <summary>"align": days paired one-to-one by date distance; hits weighted by 1 / (days apart + 1).</summary>
    Align,

    /// <summary>"align+": one-to-one by date distance and content.</summary>
    AlignPlus,

    /// <summary>"align+ m:1": every day to its cheapest counterpart by date distance and content (the headline metric).</summary>
    AlignPlusManyToOne,
}

/// <summary>Precision and recall of one ROUGE measure; F from them (tilse's F1).</summary>
public sealed record PrecisionRecall(double Precision, double Recall)
{
    public double F => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>tilse's average over timelines: precision and recall averaged, F from the averages.</summary>
    public static PrecisionRecall Average(IReadOnlyCollection<PrecisionRecall> all) =>
        all.Count == 0 ? new(0, 0) : new(all.Average(s => s.Precision), all.Average(s => s.Recall));
}

/// <summary>ROUGE-1 and ROUGE-2 under one variant.</summary>
public sealed record TimelineRougeScore(PrecisionRecall Rouge1, PrecisionRecall Rouge2);

/// <summary>
/// tilse's timeline ROUGE (tilse/evaluation/rouge.py), with the counting of ROUGE-1.5.5 run as tilse runs it through
/// pyrouge: <c>-n 2 -x -f A -m -s -t 2</c>, each daily summary written in SEE format one sentence a line (tokens
/// re-joined by single spaces, "^" written "&amp;circ;"), each reference timeline one model. The raw counts are the
/// project's exact ROUGE (<see cref="RougeScorer"/>): hits pooled over the models, the peer's count once per model.
/// The alignments use date distance (cost 1 − 1/(d+1)) and, for align+, that times 1 − the approximate ROUGE-1 F of
/// <see cref="RougeApproximation"/>; m:1 takes each row's first cheapest column, as numpy's argmin does.
/// </summary>
public sealed class TimelineRouge
{
    private static readonly RougeOptions Options = new()
    {
        MaxNGram = 2, ComputeLcs = false, Stem = true, RemoveStopwords = true, CountingUnit = RougeCountingUnit.RawCounts,
    };

    private static readonly RougeMetric[] Measures = [new RougeMetric.NGram(1), new RougeMetric.NGram(2)];

    private readonly SummaryTimeline predicted;
    private readonly IReadOnlyList<SummaryTimeline> references;
    private readonly Dictionary<(int Timeline, DateOnly Date), RougeSummary> summaries = [];
    private readonly Dictionary<(int Timeline, DateOnly Date), Dictionary<string, int>> approximations = [];

    /// <param name="references">tilse's GroundTruth: one or more reference timelines, each a ROUGE model.</param>
    public TimelineRouge(SummaryTimeline predicted, IReadOnlyList<SummaryTimeline> references)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(references);
        this.predicted = predicted;
        this.references = references;
    }

    public static TimelineRougeScore Score(TimelineRougeVariant variant, SummaryTimeline predicted, IReadOnlyList<SummaryTimeline> references) =>
        new TimelineRouge(predicted, references).Score(variant);

    public TimelineRougeScore Score(TimelineRougeVariant variant) => variant switch
    {
        TimelineRougeVariant.Concat => Concat(),
        TimelineRougeVariant.Agreement => Agreement(),
        TimelineRougeVariant.Align => Mapped(DateCosts, OneToOne),
        TimelineRougeVariant.AlignPlus => Mapped(DateContentCosts, OneToOne),
        TimelineRougeVariant.AlignPlusManyToOne => Mapped(DateContentCosts, ManyToOne),
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };

    private ImmutableArray<DateOnly> PredictedDates => [.. predicted.Dates];

    private ImmutableArray<DateOnly> ReferenceDates => [.. references.SelectMany(r => r.Dates).Distinct().Order()];

    private TimelineRougeScore Concat()
    {
        var peer = Summary(predicted.Dates.SelectMany(d => predicted[d]));
        var models = references.Select(r => Summary(r.Dates.SelectMany(d => r[d]))).ToList();
        var (p, r) = (new double[2], new double[2]);
        for (var m = 0; m < Measures.Length; m++)
        {
            var c = RougeScorer.Score(Measures[m], peer, models, Options);
            p[m] = c.PeerCount == 0 ? 0 : c.Hits / c.PeerCount;
            r[m] = c.ModelCount == 0 ? 0 : c.Hits / c.ModelCount;
        }
        return new(new(p[0], r[0]), new(p[1], r[1]));
    }

    private TimelineRougeScore Agreement()
    {
        var sums = new Sums();
        var predDates = predicted.Days.Keys.ToHashSet();
        var refDates = ReferenceDates.ToHashSet();
        foreach (var date in predDates.Union(refDates))
        {
            for (var m = 0; m < Measures.Length; m++)
            {
                var c = RougeScorer.Score(Measures[m], Predicted(date), Models(date), Options);
                if (predDates.Contains(date)) sums.AddPrecision(m, c.Hits, c.PeerCount);
                if (refDates.Contains(date)) sums.AddRecall(m, c.Hits, c.ModelCount);
            }
        }
        return sums.Score();
    }

    /// <summary>tilse's _evaluate_per_day_mapping_micro: align days, then pool date-weighted hits over the pairs.</summary>
    private TimelineRougeScore Mapped(
        Func<IReadOnlyList<DateOnly>, IReadOnlyList<DateOnly>, bool, double[,]> costs,
        Func<double[,], IReadOnlyList<(int Row, int Column)>> assign)
    {
        var predDates = PredictedDates;
        var refDates = ReferenceDates;
        var sums = new Sums();
        var emptyModels = references.Select(_ => Summary([])).ToList();
        var empty = Summary([]);

        // precision: rows are predicted days
        var precPairs = assign(costs(predDates, refDates, false));
        foreach (var (row, col) in precPairs)
        {
            var w = Weight(predDates[row], refDates[col]);
            for (var m = 0; m < Measures.Length; m++)
            {
                var c = RougeScorer.Score(Measures[m], Predicted(predDates[row]), Models(refDates[col]), Options);
                sums.AddPrecision(m, w * c.Hits, c.PeerCount);
            }
        }
        var matchedRows = precPairs.Select(p => p.Row).ToHashSet();
        for (var i = 0; i < predDates.Length; i++)
        {
            if (matchedRows.Contains(i)) continue;
            for (var m = 0; m < Measures.Length; m++)
            {
                var c = RougeScorer.Score(Measures[m], Predicted(predDates[i]), emptyModels, Options);
                sums.AddPrecision(m, c.Hits, c.PeerCount);
            }
        }

        // recall: rows are reference days
        var recPairs = assign(costs(predDates, refDates, true));
        foreach (var (row, col) in recPairs)
        {
            var w = Weight(predDates[col], refDates[row]);
            for (var m = 0; m < Measures.Length; m++)
            {
                var c = RougeScorer.Score(Measures[m], Predicted(predDates[col]), Models(refDates[row]), Options);
                sums.AddRecall(m, w * c.Hits, c.ModelCount);
            }
        }
        matchedRows = recPairs.Select(p => p.Row).ToHashSet();
        for (var i = 0; i < refDates.Length; i++)
        {
            if (matchedRows.Contains(i)) continue;
            for (var m = 0; m < Measures.Length; m++)
            {
                var c = RougeScorer.Score(Measures[m], empty, Models(refDates[i]), Options);
                sums.AddRecall(m, c.Hits, c.ModelCount);
            }
        }
        return sums.Score();
    }

    private static double Weight(DateOnly a, DateOnly b) => 1.0 / (Math.Abs(a.DayNumber - b.DayNumber) + 1);

    private static double DateCost(DateOnly a, DateOnly b) => 1 - 1.0 / (Math.Abs(a.DayNumber - b.DayNumber) + 1);

    /// <summary>Rows are predicted days (precision) or reference days (<paramref name="byReference"/>, recall).</summary>
    private static double[,] DateCosts(IReadOnlyList<DateOnly> predDates, IReadOnlyList<DateOnly> refDates, bool byReference)
    {
        var (a, b) = byReference ? (refDates, predDates) : (predDates, refDates);
        var costs = new double[a.Count, b.Count];
        for (var i = 0; i < a.Count; i++)
            for (var j = 0; j < b.Count; j++)
                costs[i, j] = DateCost(a[i], b[j]);
        return costs;
    }

    private double[,] DateContentCosts(IReadOnlyList<DateOnly> predDates, IReadOnlyList<DateOnly> refDates, bool byReference)
    {
        var (a, b) = byReference ? (refDates, predDates) : (predDates, refDates);
        var costs = new double[a.Count, b.Count];
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                var (pred, reference) = byReference ? (b[j], a[i]) : (a[i], b[j]);
                var content = 1 - RougeApproximation.F(Approximation(-1, pred), [.. references.Select((_, t) => Approximation(t, reference))]);
                costs[i, j] = DateCost(a[i], b[j]) * content;
            }
        }
        return costs;
    }

    private static IReadOnlyList<(int Row, int Column)> OneToOne(double[,] costs) => LinearAssignment.Solve(costs);

    /// <summary>Each row to its cheapest column, the first of equals (numpy's argmin).</summary>
    private static IReadOnlyList<(int Row, int Column)> ManyToOne(double[,] costs)
    {
        var pairs = new List<(int, int)>();
        if (costs.GetLength(1) == 0) return pairs;
        for (var i = 0; i < costs.GetLength(0); i++)
        {
            var best = 0;
            for (var j = 1; j < costs.GetLength(1); j++)
                if (costs[i, j] < costs[i, best]) best = j;
            pairs.Add((i, best));
        }
        return pairs;
    }

    private RougeSummary Predicted(DateOnly date) => Cached(-1, date);

    private List<RougeSummary> Models(DateOnly date) => [.. references.Select((_, t) => Cached(t, date))];

    private RougeSummary Cached(int timeline, DateOnly date)
    {
        if (!summaries.TryGetValue((timeline, date), out var s))
            summaries[(timeline, date)] = s = Summary(timeline < 0 ? predicted[date] : references[timeline][date]);
        return s;
    }

    private Dictionary<string, int> Approximation(int timeline, DateOnly date)
    {
        if (!approximations.TryGetValue((timeline, date), out var a))
            approximations[(timeline, date)] = a = RougeApproximation.Counts(timeline < 0 ? predicted[date] : references[timeline][date]);
        return a;
    }

    /// <summary>A daily summary as pyrouge hands it to ROUGE-1.5.5 and ROUGE reads it back (SEE format).</summary>
    internal static RougeSummary Summary(IEnumerable<string> sentences)
    {
        var html = new StringBuilder("<html>\n<head>\n<title>A</title>\n</head>\n<body>\n");
        var i = 0;
        foreach (var s in sentences)
        {
            i++;
            var text = string.Join(' ', PythonWhitespace.Split(s).Select(t => t.Replace("^", "&circ;", StringComparison.Ordinal)));
            html.Append($"<a name=\"{i}\">[{i}]</a> <a href=\"#{i}\" id={i}>{text}</a>\n");
        }
        html.Append("</body>\n</html>");
        return RougeSummary.From(RougeSummaryReader.Parse(html.ToString(), RougeInputFormat.See), Options);
    }

    /// <summary>Numerators and denominators per measure, summed in tilse's order.</summary>
    private sealed class Sums
    {
        private readonly double[] precNum = new double[2], precDen = new double[2], recNum = new double[2], recDen = new double[2];

        public void AddPrecision(int m, double num, double den) { precNum[m] += num; precDen[m] += den; }

        public void AddRecall(int m, double num, double den) { recNum[m] += num; recDen[m] += den; }

        private PrecisionRecall Of(int m) => new(precDen[m] == 0 ? 0 : precNum[m] / precDen[m], recDen[m] == 0 ? 0 : recNum[m] / recDen[m]);

        public TimelineRougeScore Score() => new(Of(0), Of(1));
    }
}
