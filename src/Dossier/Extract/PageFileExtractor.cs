using Dossier.Ingest;
using Dossier.Model;

namespace Dossier.Extract;

/// <summary>
/// Reads a file as an HTML page (through <see cref="DocumentReader"/>: gzip, charset, binary and size
/// checks) and extracts it. Every failure becomes a per-file error so one bad file never stops a run.
/// </summary>
public static class PageFileExtractor
{
    public const string NotHtmlError = "not an HTML page: plain text without markup";

    public static PageFileResult Extract(string path, HtmlExtractor extractor)
    {
        var read = DocumentReader.Read(path);
        if (read.Rejected.Length > 0 && read.Documents.Length == 0)
        {
            var r = read.Rejected[0];
            return new PageFileResult(path, null, $"{r.Code}: {r.Reason}");
        }
        return Extract(path, read.Documents.FirstOrDefault(), extractor);
    }

    internal static PageFileResult Extract(string path, RawDocument? doc, HtmlExtractor extractor)
    {
        if (doc is null) return new PageFileResult(path, null, "no document in the file");
        // Markup-free text would come back as its own "body"; for a command that promises HTML
        // extraction that hides a wrong input, so say what the file is instead.
        if (doc.Format != InputFormat.Html && !LooksLikeMarkup(doc.Content))
            return new PageFileResult(path, null, NotHtmlError);
        try
        {
            var page = extractor.Extract(doc.Content);
            return new PageFileResult(path, page, page.Error);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or InsufficientExecutionStackException)
        {
            // AngleSharp repairs any markup, so this is a bug, not bad input; still only this file fails.
            return new PageFileResult(path, null, "extraction failed: " + e.Message);
        }
    }

    /// <summary>HTML without a doctype or html/head/body tag (a saved fragment) still has paragraph or block tags.</summary>
    private static bool LooksLikeMarkup(string content)
    {
        var head = content.AsSpan(0, Math.Min(content.Length, 65536));
        return head.Contains("<p", StringComparison.OrdinalIgnoreCase) || head.Contains("<div", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<article", StringComparison.OrdinalIgnoreCase) || head.Contains("<meta", StringComparison.OrdinalIgnoreCase);
    }
}
