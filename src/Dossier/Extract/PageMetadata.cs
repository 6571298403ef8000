using AngleSharp.Dom;
using Dossier.Model;

namespace Dossier.Extract;

/// <summary>The page-level facts the extractor reports besides the body.</summary>
internal sealed record PageMetadata(string? Url, string? Title, string? Byline, DateValue? Published, string? Language, string? SiteName)
{
    /// <summary>
    /// Reads metadata from the untouched document, trusting what the publisher declared for machines
    /// (Open Graph, JSON-LD, meta tags) before what is merely shown on the page.
    /// </summary>
    public static PageMetadata Read(IDocument doc)
    {
        var meta = MetaTags.Read(doc);
        var ld = JsonLdArticle.Read(doc);
        var article = doc.QuerySelector("[itemprop=articleBody]")?.Closest("article") ?? doc.QuerySelector("article");
        var siteName = Clean(meta.Get("og:site_name")) ?? Clean(ld?.Publisher);
        var url = ReadUrl(doc, meta, ld);
        return new PageMetadata(
            url,
            TitleReader.Read(doc, meta, ld, article, siteName),
            BylineReader.Read(doc, meta, ld, article),
            PublishedDateReader.Read(doc, meta, ld, article, url),
            ReadLanguage(doc, meta),
            siteName);
    }

    private static string? ReadUrl(IDocument doc, MetaTags meta, JsonLdArticle? ld)
    {
        var canonical = Clean(doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        var og = Clean(meta.Get("og:url"));
        // A relative canonical link is less useful than an absolute og:url.
        if (canonical is not null && (IsAbsolute(canonical) || og is null)) return canonical;
        return og ?? (ld?.Url is { } u && IsAbsolute(u) ? u : canonical);
    }

    private static bool IsAbsolute(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static string? ReadLanguage(IDocument doc, MetaTags meta)
    {
        var lang = Clean(doc.DocumentElement?.GetAttribute("lang"))
            ?? Clean(meta.Get("og:locale"))
            ?? Clean(meta.Get("content-language"))
            ?? Clean(meta.Get("language"));
        return lang?.Replace('_', '-');
    }

    /// <summary>Trimmed, whitespace-collapsed, null when empty.</summary>
    internal static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        return string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
