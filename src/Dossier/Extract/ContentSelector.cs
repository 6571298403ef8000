using AngleSharp.Dom;

namespace Dossier.Extract;

/// <summary>
/// Chooses the article's container: the element marked itemprop=articleBody when it is plausible,
/// otherwise the best-scored container, moved up when the text is spread over several of its children,
/// plus those siblings that look like part of the same article.
/// </summary>
internal static class ContentSelector
{
    /// <summary>Alternatives within this share of the top score suggest the article is split across containers.</summary>
    private const double AlternativeShare = 0.75;
    private const int MinAlternatives = 3;
    private const double SiblingShare = 0.2;

    public static IReadOnlyList<IElement> Select(IElement body, TextStats stats, int minText)
    {
        if (MarkedBody(body, stats, minText) is { } marked) return marked;
        var scorer = ContentScorer.Run(body, stats);
        var ranked = scorer.RawScores.Keys.Select(e => (Element: e, Score: scorer.Score(e)))
            .Where(x => x.Score > 0).OrderByDescending(x => x.Score).ToList();
        if (ranked.Count == 0) return [];
        var top = ranked[0].Element;
        top = Gather(top, ranked, body);
        top = Climb(top, scorer, body);
        while (top != body && top.ParentElement is { } p && p != body && p.ChildElementCount == 1) top = p;
        var selection = WithSiblings(top, scorer, stats, body);
        return NarrowToArticle(selection, body, stats) ?? selection;
    }

    /// <summary>Share of the selection's paragraph text a lone &lt;article&gt; inside it must hold to replace it.</summary>
    private const double ArticleShare = 0.6;

    /// <summary>
    /// When the selection is wider than the page's only &lt;article&gt; (an ancestor of it, or it with
    /// siblings) and that article holds most of its prose, the publisher's own markup is the better
    /// boundary: what lies outside is a neighbour.
    /// </summary>
    private static List<IElement>? NarrowToArticle(List<IElement> selection, IElement body, TextStats stats)
    {
        var articles = body.QuerySelectorAll("article");
        if (articles.Length != 1) return null;
        var article = articles[0];
        if (selection is [var only] && only == article) return null;
        if (!selection.Any(s => s.Contains(article))) return null;
        var total = selection.Sum(s => stats[s].ParagraphText);
        return stats[article].ParagraphText >= total * ArticleShare ? [article] : null;
    }

    /// <summary>itemprop=articleBody blocks (outermost ones), when together they hold enough text.</summary>
    private static List<IElement>? MarkedBody(IElement body, TextStats stats, int minText)
    {
        var marked = body.QuerySelectorAll("[itemprop=articleBody]")
            .Where(e => e.ParentElement?.Closest("[itemprop=articleBody]") is null).ToList();
        if (marked.Count == 0) return null;
        var text = marked.Sum(e => stats[e].PlainText);
        return text >= minText ? marked : null;
    }

    /// <summary>When several near-best candidates share an ancestor, the article is that ancestor.</summary>
    private static IElement Gather(IElement top, List<(IElement Element, double Score)> ranked, IElement body)
    {
        var alternatives = ranked.Skip(1).Take(5).Where(x => x.Score >= ranked[0].Score * AlternativeShare).Select(x => x.Element).ToList();
        if (alternatives.Count < MinAlternatives) return top;
        for (var p = top.ParentElement; p is not null && p != body; p = p.ParentElement)
            if (alternatives.Count(a => p.Contains(a)) >= MinAlternatives) return p;
        return top;
    }

    /// <summary>Moves up while a parent scores higher than the child it came from (the text continues beside it).</summary>
    private static IElement Climb(IElement top, ContentScorer scorer, IElement body)
    {
        var last = scorer.Score(top);
        var threshold = last / 3;
        for (var p = top.ParentElement; p is not null && p != body; p = p.ParentElement)
        {
            if (!scorer.IsScored(p)) continue;
            var s = scorer.Score(p);
            if (s < threshold) break;
            if (s > last) return p;
            last = s;
        }
        return top;
    }

    /// <summary>A &lt;p&gt;, or a block holding only inline content (a standfirst written as a bare div).</summary>
    private static bool IsParagraphLike(IElement e)
    {
        if (e.LocalName == "p") return true;
        if (e.LocalName is not ("div" or "section")) return false;
        foreach (var c in DomWalk.ChildElements(e))
            if (ExtractionPatterns.BlockTags.Contains(c.LocalName) && c.LocalName != "br") return false;
        return true;
    }

    private static List<IElement> WithSiblings(IElement top, ContentScorer scorer, TextStats stats, IElement body)
    {
        if (top == body || top.ParentElement is not { } parent) return [top];
        var topScore = scorer.Score(top);
        var threshold = Math.Max(10, topScore * SiblingShare);
        var result = new List<IElement>();
        foreach (var s in DomWalk.ChildElements(parent))
        {
            if (s == top) { result.Add(s); continue; }
            var bonus = !string.IsNullOrEmpty(top.ClassName) && s.ClassName == top.ClassName ? topScore * SiblingShare : 0;
            if (scorer.IsScored(s) && scorer.Score(s) + bonus >= threshold) { result.Add(s); continue; }
            if (!IsParagraphLike(s)) continue;
            var stat = stats[s];
            if (stat.Text > 80 && stat.LinkDensity < 0.25) result.Add(s);
            else if (stat.Text is > 0 and <= 80 && stat.LinkText == 0 && s.TextContent.TrimEnd().EndsWith('.')) result.Add(s);
        }
        return result;
    }
}
