using Dossier.Model;

namespace Dossier.Ingest;

/// <summary>Decides a document's format from its content, using the extension only to break ties.</summary>
public static class FormatSniffer
{
    public static InputFormat Detect(string path, string content)
    {
        var ext = Path.GetExtension(path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path).ToLowerInvariant();
        var head = content.AsSpan(0, Math.Min(content.Length, 4096)).TrimStart();
        if (head.StartsWith("<DOC>", StringComparison.Ordinal) || head.StartsWith("<DOC ", StringComparison.Ordinal))
            return InputFormat.Sgml;
        if (head.StartsWith("[") && head.TrimStart("[ \r\n\t").StartsWith("{") && ext is ".json" or ".jsonl")
            return InputFormat.JsonLines;
        if (head.StartsWith("{") && (ext is ".jsonl" or ".ndjson" or ".json" || head.Contains("\"text\"", StringComparison.Ordinal) || head.Contains("\"html\"", StringComparison.Ordinal)))
            return InputFormat.JsonLines;
        if (head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase) || head.Contains("<head", StringComparison.OrdinalIgnoreCase))
            return InputFormat.Html;
        if (ext is ".html" or ".htm" or ".xhtml" && head.StartsWith("<"))
            return InputFormat.Html;
        return InputFormat.Text;
    }
}
