using System.Xml.Linq;

namespace Dossier.Eval.Rouge;

/// <summary>
/// Reads a ROUGE-1.5.5 XML configuration (ROUGE-EVAL / EVAL ID / INPUT-FORMAT TYPE / MODEL-ROOT / MODELS / M /
/// PEER-ROOT / PEERS / P). Roots are taken relative to the configuration file's folder (ROUGE takes them relative
/// to where it runs, which is the same folder in the usual set-up) unless modelRoot/peerRoot replace them.
/// A listed file that is not there but whose name without .html/.htm is, is read as one sentence a line: that is
/// how the plain-text copies of a SEE evaluation (models-txt/, peers-txt/) are scored with its configuration.
/// </summary>
public static class RougeConfigReader
{
    public static IReadOnlyList<RougeEval> Read(string configPath, string? modelRoot = null, string? peerRoot = null)
    {
        var baseDir = Path.GetDirectoryName(Path.GetFullPath(configPath))!;
        var doc = XDocument.Load(configPath);
        var evals = new List<RougeEval>();
        foreach (var e in doc.Descendants().Where(x => Is(x, "EVAL")))
        {
            var id = e.Attribute("ID")?.Value ?? throw new FormatException("EVAL without ID in " + configPath);
            var format = ParseFormat(e.Elements().FirstOrDefault(x => Is(x, "INPUT-FORMAT"))?.Attribute("TYPE")?.Value ?? "SEE");
            var mRoot = Root(baseDir, modelRoot, e, "MODEL-ROOT");
            var pRoot = Root(baseDir, peerRoot, e, "PEER-ROOT");
            var models = e.Elements().Where(x => Is(x, "MODELS")).SelectMany(x => x.Elements()).Where(x => Is(x, "M"))
                .Select(m => Resolve(mRoot, m.Value.Trim(), format)).ToList();
            var peers = new Dictionary<string, RougeFile>(StringComparer.Ordinal);
            foreach (var p in e.Elements().Where(x => Is(x, "PEERS")).SelectMany(x => x.Elements()).Where(x => Is(x, "P")))
                peers[p.Attribute("ID")?.Value ?? ""] = Resolve(pRoot, p.Value.Trim(), format);
            evals.Add(new RougeEval(id, models, peers));
        }
        return evals;
    }

    public static RougeInputFormat ParseFormat(string type) => type.ToUpperInvariant() switch
    {
        "SEE" => RougeInputFormat.See,
        "SPL" => RougeInputFormat.Spl,
        "ISI" => RougeInputFormat.Isi,
        _ => throw new FormatException($"Unknown input type: {type} (SEE, SPL or ISI; BE's SIMPLE is not supported)"),
    };

    private static bool Is(XElement x, string name) => string.Equals(x.Name.LocalName, name, StringComparison.OrdinalIgnoreCase);

    private static string Root(string baseDir, string? replacement, XElement eval, string element) =>
        replacement ?? Path.Combine(baseDir, eval.Elements().FirstOrDefault(x => Is(x, element))?.Value.Trim() ?? "");

    /// <summary>The file as listed, or its plain-text copy (same name without .html/.htm) read as SPL.</summary>
    private static RougeFile Resolve(string root, string name, RougeInputFormat format)
    {
        var path = Path.Combine(root, name);
        if (!File.Exists(path))
        {
            var ext = Path.GetExtension(name);
            if (ext is ".html" or ".htm" && File.Exists(Path.Combine(root, name[..^ext.Length])))
                return new RougeFile(Path.Combine(root, name[..^ext.Length]), RougeInputFormat.Spl);
        }
        return new RougeFile(path, format);
    }
}
