using AngleSharp.Dom;

namespace Dossier.Extract;

/// <summary>
/// Removes what can never be article text before candidates are scored: non-content tags, hidden
/// elements, and (in strict mode) blocks whose class or id names them as boilerplate. Large blocks
/// are spared whatever they are called, because some sites put "sidebar" or "share" on the wrapper
/// of the whole page.
/// </summary>
internal static class DomCleaner
{
    /// <summary>A block holding at least this share of the page's text is never removed for its name.</summary>
    private const double ProtectedShare = 0.5;

    /// <summary>With a content-like name (article, story, body), this share already protects it.</summary>
    private const double ProtectedPositiveShare = 0.25;

    /// <summary>Header, form and figure elements with less paragraph text than this are furniture.</summary>
    private const int ConditionalMinParagraphText = 300;

    public static void Clean(IElement root, bool stripNegative)
    {
        var stats = TextStats.Compute(root);
        var total = Math.Max(1, stats[root].PlainText);
        DomWalk.PreOrder(root, e =>
        {
            if (e == root || !ShouldRemove(e, stats, total, stripNegative)) return true;
            e.Remove();
            return false;
        });
    }

    private static bool ShouldRemove(IElement e, TextStats stats, int total, bool stripNegative)
    {
        var tag = e.LocalName;
        if (tag is "body" or "html") return false;
        if (ExtractionPatterns.RemovedTags.Contains(tag)) return true;
        if (IsHidden(e)) return true;
        var stat = stats[e];
        if (ExtractionPatterns.ConditionalTags.Contains(tag) && stat.ParagraphText < ConditionalMinParagraphText) return true;
        if (!stripNegative || e.GetAttribute("itemprop") == "articleBody") return false;
        if (!IsNegative(e)) return false;
        var share = (double)stat.PlainText / total;
        return share < ProtectedShare && !(share >= ProtectedPositiveShare && ClassWeight.IsPositive(e));
    }

    internal static bool IsNegative(IElement e)
    {
        if (e.Id is { Length: > 0 } id && ExtractionPatterns.Negative().IsMatch(id)) return true;
        foreach (var c in e.ClassList)
            if (ExtractionPatterns.Negative().IsMatch(c)) return true;
        var role = e.GetAttribute("role");
        return role is "navigation" or "complementary" or "contentinfo" or "banner" or "dialog" or "menu" or "alert";
    }

    private static bool IsHidden(IElement e) =>
        e.HasAttribute("hidden")
        || (e.GetAttribute("style") is { } style && ExtractionPatterns.HiddenStyle().IsMatch(style));
}
