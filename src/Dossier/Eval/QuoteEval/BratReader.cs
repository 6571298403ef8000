using System.Collections.Immutable;
using System.Globalization;
using Dossier.Model;

namespace Dossier.Eval.QuoteEval;

/// <summary>
/// Reads PolNeAR's brat standoff: T lines are spans ("T3\tContent 315 448;463 553\ttext"), E lines link them into
/// an attribution ("E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1", or "Attribution-no-source:…").
/// Offsets come back as UTF-16 ranges into <paramref name="text"/>.
/// </summary>
public static class BratReader
{
    public static ImmutableArray<BratAttribution> Read(string annPath, string text) => Parse(File.ReadLines(annPath), text);

    public static ImmutableArray<BratAttribution> Parse(IEnumerable<string> lines, string text)
    {
        var cp = new CodePoints(text);
        var spans = new Dictionary<string, BratSpan>(StringComparer.Ordinal);
        var events = new List<string>();
        foreach (var line in lines)
        {
            var cols = line.Split('\t');
            if (cols.Length < 2) continue;
            if (cols[0].StartsWith('T')) spans[cols[0]] = ParseSpan(cols[1], cp);
            else if (cols[0].StartsWith('E')) events.Add(cols[1]);
        }
        var result = ImmutableArray.CreateBuilder<BratAttribution>();
        foreach (var e in events)
        {
            var args = e.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(a => a.Split(':')).Where(a => a.Length == 2).ToList();
            if (args.Count == 0 || !args[0][0].StartsWith("Attribution", StringComparison.Ordinal)) continue;
            BratSpan? Role(string name) =>
                args.Skip(1).FirstOrDefault(a => a[0] == name) is { } a && spans.TryGetValue(a[1], out var s) ? s : null;
            result.Add(new BratAttribution(Role("Source"), Role("Cue"), Role("Content")));
        }
        return result.ToImmutable();
    }

    // "Content 315 448;463 553": the type, then fragments separated by ';'
    private static BratSpan ParseSpan(string head, CodePoints cp)
    {
        var space = head.IndexOf(' ', StringComparison.Ordinal);
        var parts = ImmutableArray.CreateBuilder<TextSpan>();
        foreach (var frag in head[(space + 1)..].Split(';'))
        {
            var n = frag.Trim().Split(' ');
            if (n.Length < 2) continue;
            var s = int.Parse(n[0], CultureInfo.InvariantCulture);
            var e = int.Parse(n[1], CultureInfo.InvariantCulture);
            parts.Add(new TextSpan(cp.ToUtf16(s), cp.ToUtf16(e)));
        }
        return new BratSpan(parts.ToImmutable());
    }
}
