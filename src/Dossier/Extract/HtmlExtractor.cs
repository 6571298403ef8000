using AngleSharp.Html.Parser;

namespace Dossier.Extract;

/// <summary>
/// Main-content extraction from an HTML news page (AngleSharp): metadata from what the publisher
/// declared (Open Graph, JSON-LD, meta tags) and the article body by container scoring with a
/// fallback cascade (see <see cref="BodyExtractor"/>). Never throws on malformed markup: the HTML5
/// parser repairs anything; a page with no usable text comes back with <see cref="ExtractedPage.Error"/> set.
/// </summary>
public sealed class HtmlExtractor(ExtractionOptions? options = null)
{
    public const string NoArticleError = "no article text found";

    private readonly ExtractionOptions _options = options ?? ExtractionOptions.Default;

    public ExtractedPage Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var doc = new HtmlParser().ParseDocument(html);
        var meta = PageMetadata.Read(doc);
        var text = BodyExtractor.Extract(doc, html, meta.Title, _options);
        return new ExtractedPage(meta.Url, meta.Title, meta.Byline, meta.Published, meta.Language, text, meta.SiteName,
            text is null ? NoArticleError : null);
    }
}
