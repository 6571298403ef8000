using System.Diagnostics;
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
    public const string LinkPageError = "no article: the page is mostly links (an index or list page)";
    public const string NotFoundError = "no article: the page says it was not found (404)";

    private readonly ExtractionOptions _options = options ?? ExtractionOptions.Default;

    private static bool IsNotFound(string? title) => title is not null && ExtractionPatterns.NotFoundTitle().IsMatch(title);

    public ExtractedPage Extract(string html) => Extract(html, null);

    /// <param name="timings">When given, the time of each phase is added to it.</param>
    public ExtractedPage Extract(string html, ExtractionTimings? timings)
    {
        ArgumentNullException.ThrowIfNull(html);
        var start = Stopwatch.GetTimestamp();
        html = NestingGuard.Flatten(html);
        var doc = new HtmlParser().ParseDocument(html);
        timings?.Add(ExtractionPhase.Parse, start);
        start = Stopwatch.GetTimestamp();
        var meta = PageMetadata.Read(doc);
        timings?.Add(ExtractionPhase.Metadata, start);
        var (text, error) = BodyExtractor.Extract(doc, html, meta.Title, _options, timings);
        // An error page's few lines ("Page not found. Back to the home page") are not an article.
        if ((text is null || text.Length < _options.MinTextLength) && (IsNotFound(meta.Title) || IsNotFound(doc.Title)))
            (text, error) = (null, NotFoundError);
        return new ExtractedPage(meta.Url, meta.Title, meta.Byline, meta.Published, meta.Language, text, meta.SiteName, error);
    }
}
