using System.Globalization;
using System.Text;

namespace Dossier.Eval.Rouge;

/// <summary>
/// ROUGE-1.5.5's output, line for line: a dashed line, Average_R/P/F with the interval (or the raw counts under
/// -t 2), then under -d a dotted line and one "Eval" line a topic in ROUGE's order (by the leading number of the
/// topic id when both have one, else by string).
/// </summary>
public static class RougeReport
{
    public static string Format(IEnumerable<RougeResult> results, RougeOptions options)
    {
        var sb = new StringBuilder();
        foreach (var r in results) Append(sb, r, options);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, RougeResult r, RougeOptions o)
    {
        var tag = $"{r.PeerId} {r.Metric.Name}";
        sb.Append("---------------------------------------------\n");
        if (o.CountingUnit != RougeCountingUnit.RawCounts)
        {
            Line(sb, tag, "R", r.Average.Recall, o);
            Line(sb, tag, "P", r.Average.Precision, o);
            Line(sb, tag, "F", r.Average.F, o);
        }
        else
        {
            sb.Append($"{tag} M_count: {(long)r.Average.ModelCount} P_count: {(long)r.Average.PeerCount} H_count: {(long)r.Average.Hits}\n");
        }
        if (!o.PerEvalScores) return;
        sb.Append(".............................................\n");
        foreach (var id in r.PerEval.Keys.Order(EvalIdOrder.Instance))
        {
            var s = r.PerEval[id];
            var (a, b, c) = o.CountingUnit == RougeCountingUnit.Sentence
                ? (PerlNumbers.F5(s.Recall), PerlNumbers.F5(s.Precision), PerlNumbers.F5(s.F))
                : (PerlNumber(s.ModelCount), PerlNumber(s.PeerCount), PerlNumber(s.Hits));
            sb.Append($"{tag} Eval {id} R:{a} P:{b} F:{c}\n");
        }
    }

    private static void Line(StringBuilder sb, string tag, string which, RougeInterval i, RougeOptions o) =>
        sb.Append($"{tag} Average_{which}: {PerlNumbers.F5(i.Average)} ({o.ConfidenceText}%-conf.int. {PerlNumbers.F5(i.Lower)} - {PerlNumbers.F5(i.Upper)})\n");

    /// <summary>How Perl prints a number it computed (%.15g).</summary>
    private static string PerlNumber(double x) => x.ToString("G15", CultureInfo.InvariantCulture);

    /// <summary>ROUGE's by_evalID: numeric on leading digits when both ids have them, else string order.</summary>
    private sealed class EvalIdOrder : IComparer<string>
    {
        public static readonly EvalIdOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            var a = Leading(x!);
            var b = Leading(y!);
            if (a is not null && b is not null) return a.Value.CompareTo(b.Value);
            return string.CompareOrdinal(x, y);
        }

        private static double? Leading(string s)
        {
            var n = 0;
            while (n < s.Length && char.IsAsciiDigit(s[n])) n++;
            return n == 0 ? null : double.Parse(s[..n], CultureInfo.InvariantCulture);
        }
    }
}
