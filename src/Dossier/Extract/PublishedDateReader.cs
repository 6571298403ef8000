using AngleSharp.Dom;
using Dossier.Model;

namespace Dossier.Extract;

/// <summary>
/// The publication date, from the most to the least explicit source: JSON-LD datePublished, meta tags,
/// itemprop=datePublished, a &lt;time datetime&gt; in the article, an element named for the publication
/// date, a date-named element next to the headline, and last the /2019/11/19/ in the URL. Dates shown
/// elsewhere on the page are ignored: mastheads often print "today".
/// </summary>
internal static class PublishedDateReader
{
    /// <summary>How far up from the headline the article's header may reach.</summary>
    private const int HeadlineLevels = 3;

    public static DateValue? Read(IDocument doc, MetaTags meta, JsonLdArticle? ld, IElement? article, string? url)
    {
        if (PageDateParser.Parse(ld?.DatePublished) is { } fromLd) return fromLd;
        foreach (var name in ExtractionPatterns.DateMetaNames)
            if (PageDateParser.Parse(meta.Get(name)) is { } d) return d;
        if (FromElement(doc.QuerySelector("[itemprop~=datePublished]")) is { } marked) return marked;
        if (FromElement(article?.QuerySelector("time[datetime]")) is { } time) return time;
        foreach (var e in Named(doc.DocumentElement, ExtractionPatterns.PublishedName()))
            if (FromElement(e) is { } published) return published;
        if (Header(doc, article) is { } header)
            foreach (var e in Named(header, ExtractionPatterns.DateName()))
                if (FromElement(e) is { } shown) return shown;
        return PageDateParser.FromUrl(url);
    }

    /// <summary>The article element, or failing that the block a few levels above the headline.</summary>
    private static IElement? Header(IDocument doc, IElement? article)
    {
        if (article is not null) return article;
        var h1s = doc.QuerySelectorAll("h1");
        if (h1s.Length != 1) return null;
        var e = h1s[0];
        for (var i = 0; i < HeadlineLevels && e.ParentElement is { LocalName: not "body" } p; i++) e = p;
        return e;
    }

    /// <summary>Elements whose class or id matches, except update, "today" and comment dates, which are not publication dates.</summary>
    private static IEnumerable<IElement> Named(IElement? root, System.Text.RegularExpressions.Regex name)
    {
        if (root is null) yield break;
        foreach (var e in root.QuerySelectorAll("[class], [id], time"))
        {
            var names = e.ClassName + " " + e.Id;
            if ((e.LocalName == "time" || NameHints.Matches(name, names)) && !NameHints.Matches(ExtractionPatterns.NotPublishedName(), names)
                && !BylineReader.AboutOtherPages(e)) yield return e;
        }
    }

    private static DateValue? FromElement(IElement? e)
    {
        if (e is null) return null;
        foreach (var attr in (ReadOnlySpan<string>)["datetime", "content", "value", "title"])
            if (PageDateParser.Parse(e.GetAttribute(attr)) is { } d) return d;
        var text = e.TextContent;
        return text.Length <= 200 ? PageDateParser.Parse(text) : null;
    }
}
