using AngleSharp.Dom;

namespace Dossier.Extract;

/// <summary>The headline: og:title, JSON-LD headline, the article's h1, then &lt;title&gt; without its site suffix.</summary>
internal static class TitleReader
{
    public static string? Read(IDocument doc, MetaTags meta, JsonLdArticle? ld, IElement? article, string? siteName)
    {
        // The headline shown on the page is the title, when the declared titles confirm that it is the
        // headline (social titles are often rewritten, and some pages' only h1 is the site or section name).
        var h1s = doc.QuerySelectorAll("h1");
        var h1 = article?.QuerySelector("h1") ?? (h1s.Length == 1 ? h1s[0] : null);
        var shown = PageMetadata.Clean(h1?.TextContent);
        // Not <title>: portals put their own name there, and that is what a site-name h1 would match.
        string?[] declared = [meta.Get("og:title"), meta.Get("twitter:title"), ld?.Headline];
        if (shown is not null && declared.Any(d => Confirms(d, shown))) return shown;
        if (PageMetadata.Clean(meta.Get("og:title")) is { } og) return StripSite(og, siteName, looseSuffix: false);
        if (PageMetadata.Clean(meta.Get("twitter:title")) is { } tw) return StripSite(tw, siteName, looseSuffix: false);
        if (PageMetadata.Clean(ld?.Headline) is { } headline) return headline;
        if (shown is not null) return shown;
        return PageMetadata.Clean(doc.Title) is { } title ? StripSite(title, siteName, looseSuffix: true) : null;
    }

    /// <summary>
    /// Cuts " | Site" / " - Site" from the end (twice at most: "Headline - Section | Site"). A tail that
    /// names the site is always cut; a short tail (at most four words) after a longer headline is cut
    /// only from &lt;title&gt;, where it almost always is the site or section name.
    /// </summary>
    internal static string StripSite(string title, string? siteName, bool looseSuffix)
    {
        for (var i = 0; i < 2; i++)
        {
            var separators = ExtractionPatterns.TitleSeparator().Matches(title);
            if (separators.Count == 0) break;
            var last = separators[^1];
            var head = title[..last.Index].Trim();
            var tail = title[(last.Index + last.Length)..].Trim();
            if (head.Length == 0) break;
            var namesSite = siteName is not null && Squash(tail) == Squash(siteName);
            var shortTail = looseSuffix && Words(tail) <= 4 && Words(head) >= 3;
            if (!namesSite && !shortTail) break;
            title = head;
        }
        return title;
    }

    /// <summary>Share of the headline's words a declared title must hold to confirm it.</summary>
    private const double ConfirmingShare = 0.6;

    private static bool Confirms(string? declared, string headline)
    {
        if (string.IsNullOrEmpty(declared)) return false;
        var words = WordSet(declared);
        var shown = WordSet(headline);
        return shown.Count > 0 && shown.Count(words.Contains) >= ConfirmingShare * shown.Count;
    }

    private static HashSet<string> WordSet(string s) =>
        new(s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Squash).Where(w => w.Length > 0), StringComparer.Ordinal);

    private static int Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Squash(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
