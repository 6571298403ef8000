using AngleSharp.Html.Parser;

namespace Dossier.Extract;

/// <summary>Main-content extraction from an HTML page (AngleSharp).</summary>
public sealed class HtmlExtractor
{
    public ExtractedPage Extract(string html)
    {
        var doc = new HtmlParser().ParseDocument(html);
        var text = doc.Body?.TextContent?.Trim();
        return new ExtractedPage(null, doc.Title, null, null, null, string.IsNullOrEmpty(text) ? null : text, Error: string.IsNullOrEmpty(text) ? "no text" : null);
    }
}
