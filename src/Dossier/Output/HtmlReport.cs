using System.Net;
using System.Text;
using Dossier.Model;

namespace Dossier.Output;

/// <summary>report.html: one self-contained page (inline CSS, no scripts, no external assets). All article text is HTML-encoded.</summary>
public static class HtmlReport
{
    private const string Css = """
        body{font:16px/1.5 Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
        h1{font-family:sans-serif}h2{font-family:sans-serif;border-top:2px solid #ccc;padding-top:1rem;margin-top:2.5rem}
        h3{font-family:sans-serif;font-size:1rem;text-transform:uppercase;letter-spacing:.05em;color:#555}
        li{margin:.35rem 0}.lead{font-family:sans-serif;font-size:.85em;font-weight:bold;color:#035}
        .note{display:block;font-family:sans-serif;font-size:.8em;color:#777}
        """;

    public static string Write(AnalysisResult result)
    {
        var sink = new Sink();
        StoryReport.Render(result, sink);
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Dossier report</title><style>" + Css + "</style></head><body>\n"
            + sink + "</body></html>\n";
    }

    private sealed class Sink : IReportSink
    {
        private readonly StringBuilder _sb = new();

        public void Heading(int level, string text, string? anchor = null) =>
            _sb.Append($"<h{level}").Append(anchor is null ? "" : $" id=\"{E(anchor)}\"").Append('>').Append(E(text)).AppendLine($"</h{level}>");
        public void Paragraph(string text) => _sb.Append("<p>").Append(E(text)).AppendLine("</p>");
        public void BeginList() => _sb.AppendLine("<ul>");
        public void Item(string text, string? note = null, string? lead = null) =>
            _sb.Append("<li>").Append(lead is null ? "" : $"<span class=\"lead\">{E(lead)}</span> ").Append(E(text))
               .Append(note is null ? "" : $"<span class=\"note\">{E(note)}</span>").AppendLine("</li>");
        public void EndList() => _sb.AppendLine("</ul>");
        public override string ToString() => _sb.ToString();

        private static string E(string s) => WebUtility.HtmlEncode(s);
    }
}
