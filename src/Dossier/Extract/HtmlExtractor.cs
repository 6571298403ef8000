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

    private readonly ExtractionOptions _options = options ?? ExtractionOptions.Default;

    public ExtractedPage Extract(string html) => Extract(html, null);

    /// <param name="timings">When given, the time of each phase is added to it.</param>
    public ExtractedPage Extract(string html, ExtractionTimings? timings)
    {
        ArgumentNullException.ThrowIfNull(html);
        var start = Stopwatch.GetTimestamp();
        var doc = new HtmlParser().ParseDocument(html);
        timings?.Add(ExtractionPhase.Parse, start);
        start = Stopwatch.GetTimestamp();
        var meta = PageMetadata.Read(doc);
        timings?.Add(ExtractionPhase.Metadata, start);
        var text = BodyExtractor.Extract(doc, html, meta.Title, _options, timings);
        return new ExtractedPage(meta.Url, meta.Title, meta.Byline, meta.Published, meta.Language, text, meta.SiteName,
            text is null ? NoArticleError : null);
    }
}
