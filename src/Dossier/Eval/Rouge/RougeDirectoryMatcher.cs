using System.Text.RegularExpressions;

namespace Dossier.Eval.Rouge;

/// <summary>
/// Builds the evaluation from two folders when there is no XML configuration, matching files to topics by name
/// the way ROUGE users name them (DUC's "D30001.M.100.T.A", SumRepo's "d30001.Lead", pyrouge's patterns): a
/// regular expression with a named group <c>topic</c> and a named group <c>id</c> (the model's or the system's
/// id). The default reads the topic as everything before the first dot and the id as the last dot-separated
/// field, not counting a trailing .html/.htm/.txt/.spl: "D0601.M.250.A.1" is system 1 on topic D0601 (DUC puts
/// the assessor's letter in between, which must not split a system), "d30001.Lead.html" is Lead on d30001,
/// "d30001.m.100.t.a" is model a. .html and .htm files are read as SEE, the rest as one sentence a line. Topics
/// with no model are skipped; files that do not match are ignored.
/// </summary>
public static class RougeDirectoryMatcher
{
    public const string DefaultPattern = @"^(?<topic>[^.]+)(?:\..*)?\.(?<id>(?!(?:html?|txt|spl)$)[^.]+)(?:\.(?:html?|txt|spl))?$";

    public static IReadOnlyList<RougeEval> Match(string modelDir, string peerDir, string? modelPattern = null, string? peerPattern = null)
    {
        var models = Files(modelDir, modelPattern ?? DefaultPattern);
        var peers = Files(peerDir, peerPattern ?? DefaultPattern);
        var evals = new List<RougeEval>();
        foreach (var topic in models.Select(m => m.Topic).Distinct().OrderBy(t => t, StringComparer.Ordinal))
        {
            var ms = models.Where(m => m.Topic == topic).OrderBy(m => m.Id, StringComparer.Ordinal).Select(m => m.File).ToList();
            var ps = peers.Where(p => p.Topic == topic).GroupBy(p => p.Id)
                .ToDictionary(g => g.Key, g => g.First().File, StringComparer.Ordinal);
            evals.Add(new RougeEval(topic, ms, ps));
        }
        return evals;
    }

    private sealed record Named(string Topic, string Id, RougeFile File);

    private static List<Named> Files(string dir, string pattern)
    {
        var regex = new Regex(pattern, RegexOptions.CultureInvariant);
        var found = new List<Named>();
        foreach (var path in Directory.EnumerateFiles(dir).OrderBy(p => p, StringComparer.Ordinal))
        {
            var m = regex.Match(Path.GetFileName(path));
            if (!m.Success || !m.Groups["topic"].Success || !m.Groups["id"].Success) continue;
            var format = Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm" ? RougeInputFormat.See : RougeInputFormat.Spl;
            found.Add(new Named(m.Groups["topic"].Value, m.Groups["id"].Value, new RougeFile(path, format)));
        }
        return found;
    }
}
