using System.Globalization;
using System.Text;

namespace Dossier.Eval.QuoteEval;

/// <summary>
/// Writes attributions in PolNeAR's brat standoff: Source, Cue and Content text-bound annotations, an Attribution
/// trigger on the cue, and an event linking them ("Attribution-no-source" when no source is known).
/// Offsets are written in code points of <paramref name="text"/>, as brat counts them.
/// </summary>
public static class BratWriter
{
    public static string Write(IEnumerable<BratAttribution> attributions, string text)
    {
        var cp = new CodePoints(text);
        var sb = new StringBuilder();
        int t = 0, e = 0;
        string Span(string type, BratSpan span)
        {
            var id = "T" + (++t).ToString(CultureInfo.InvariantCulture);
            var offsets = string.Join(";", span.Parts.Select(p => string.Create(CultureInfo.InvariantCulture, $"{cp.ToCodePoint(p.Start)} {cp.ToCodePoint(p.End)}")));
            var covered = string.Join(" ", span.Parts.Select(p => p.Of(text))).Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
            sb.Append(id).Append('\t').Append(type).Append(' ').Append(offsets).Append('\t').Append(covered).Append('\n');
            return id;
        }
        foreach (var a in attributions.Where(a => a.Cue is not null))
        {
            var args = new List<string>();
            if (a.Content is not null) args.Add("Content:" + Span("Content", a.Content));
            args.Add("Cue:" + Span("Cue", a.Cue!));
            if (a.Source is not null) args.Add("Source:" + Span("Source", a.Source));
            var type = a.Source is null ? "Attribution-no-source" : "Attribution";
            var trigger = Span(type, a.Cue!);
            sb.Append('E').Append((++e).ToString(CultureInfo.InvariantCulture)).Append('\t').Append(type).Append(':').Append(trigger)
                .Append(' ').Append(string.Join(" ", args)).Append('\n');
        }
        return sb.ToString();
    }
}
