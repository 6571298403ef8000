using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Dossier.Extract;

/// <summary>
/// Who wrote the article: declared metadata (JSON-LD Person, meta author, other JSON-LD author) first,
/// then marked-up page elements (rel=author, itemprop=author, .byline/.author), then a "By Jane Doe"
/// line in the article.
/// </summary>
internal static partial class BylineReader
{
    /// <summary>Longer than this, a "byline" is a bio paragraph or a whole teaser, not a name list.</summary>
    private const int MaxLength = 120;

    public static string? Read(IDocument doc, MetaTags meta, JsonLdArticle? ld, IElement? article)
    {
        // A JSON-LD Person beats meta author, which some publishers fill with their own name ("Condé Nast").
        if (ld is { AuthorIsPerson: true } && Tidy(ld.Author) is { } person) return person;
        foreach (var name in ExtractionPatterns.AuthorMetaNames)
            if (Tidy(meta.Get(name)) is { } m) return m;
        if (Tidy(ld?.Author) is { } fromLd) return fromLd;

        var scope = (IParentNode?)article ?? doc;
        var relAuthors = scope.QuerySelectorAll("a[rel~=author]").Select(a => Tidy(Spaced(a))).OfType<string>().Distinct().ToList();
        if (relAuthors.Count > 0) return string.Join(", ", relAuthors);

        foreach (var e in scope.QuerySelectorAll("[itemprop~=author], [itemprop~=creator]"))
        {
            var value = e.QuerySelector("[itemprop=name]") is { } n ? n.GetAttribute("content") ?? Spaced(n) : e.GetAttribute("content") ?? Spaced(e);
            if (Tidy(value) is { } v) return v;
        }

        foreach (var e in scope.QuerySelectorAll("[class], [id]"))
        {
            if (!NameHints.Matches(ExtractionPatterns.BylineClass(), e.ClassName ?? "") && !NameHints.Matches(ExtractionPatterns.BylineClass(), e.Id ?? "")) continue;
            if (AboutOtherPages(e)) continue;
            if (Tidy(Spaced(e)) is { } v) return v;
        }

        foreach (var e in scope.QuerySelectorAll("p, span, div"))
        {
            // Bounded: reading every div's whole text would be quadratic in the page's depth.
            var text = PageMetadata.Clean(ShortText(e, MaxByLineScan));
            if (text is { Length: < 80 } && ByName().IsMatch(text)) return Tidy(text);
        }
        return null;
    }

    private const int MaxByLineScan = 400;

    /// <summary>The element's text, or null as soon as it is longer than <paramref name="max"/> characters.</summary>
    private static string? ShortText(IElement e, int max)
    {
        var sb = new System.Text.StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(e);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (n.NodeType == NodeType.Text)
            {
                sb.Append(n.TextContent);
                if (sb.Length > max) return null;
                continue;
            }
            var kids = n.ChildNodes;
            for (var i = kids.Length - 1; i >= 0; i--) stack.Push(kids[i]);
        }
        return sb.ToString();
    }

    /// <summary>Text with a space at every element boundary, so "Jane Doe&lt;span&gt;November 19&lt;/span&gt;" does not glue.</summary>
    private static string Spaced(IElement e) =>
        string.Join(' ', e.GetDescendants().Where(n => n.NodeType == NodeType.Text).Select(n => n.TextContent));

    /// <summary>
    /// Comment threads, comment forms and teaser lists have authors and dates of their own; the
    /// article's are never inside them.
    /// </summary>
    internal static bool AboutOtherPages(IElement e)
    {
        // Up to, not including, the body: themes put "sidebar" on the body class of every page that has one.
        for (var p = e; p is not null && p.LocalName is not ("body" or "html"); p = p.ParentElement)
        {
            if (p.LocalName is "form" or "aside" or "footer" or "nav") return true;
            if (p.Id is { Length: > 0 } id && NameHints.Matches(ExtractionPatterns.OtherStories(), id)) return true;
            if (p.ClassName is { Length: > 0 } cls && NameHints.Matches(ExtractionPatterns.OtherStories(), cls)) return true;
        }
        return false;
    }

    /// <summary>The names only: no "By", no trailing date or "| Updated", no profile URLs.</summary>
    internal static string? Tidy(string? raw)
    {
        var s = PageMetadata.Clean(raw);
        if (s is null || s.StartsWith("http", StringComparison.OrdinalIgnoreCase)) return null;
        s = ExtractionPatterns.BylinePrefix().Replace(s, "");
        var cut = s.IndexOfAny(['|', '\n', '•']);
        if (cut > 0) s = s[..cut];
        s = TrailingDate().Replace(s, "").Trim(' ', ',', ';', '-', '—');
        if (s.Length is 0 or > MaxLength || !s.Any(char.IsLetter)) return null;
        return s;
    }

    [GeneratedRegex(@"^By\s+\p{Lu}[\p{L}.'-]+(?:\s+(?:\p{Lu}[\p{L}.'-]+|and|&|de|van|von|al|bin)){1,5}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ByName();

    [GeneratedRegex(@"\s*(?:,|\bon\b)?\s*(?:\b(?:" + Text.Months.Pattern + @")\.?\s+\d|\b(?:" + Text.Months.WeekdayPattern + @")\b|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}|\b(?:updated|published|posted|view (?:more|all)|more (?:articles|stories) by|follow|email|twitter)\b).*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingDate();
}
