using AngleSharp.Dom;

namespace Dossier.Extract;

/// <summary>
/// Removes what can never be article text before candidates are scored: non-content tags, hidden
/// elements, and (in strict mode) blocks whose class or id names them as boilerplate. Wrappers of the
/// article are spared whatever they are called, because some sites put "sidebar" or "share" on the
/// wrapper of the whole page: a block holding the headline, an &lt;article&gt; or &lt;main&gt;, or much of
/// the page's paragraph text (unless it is the comment thread, which on busy blogs outweighs the post).
/// </summary>
internal static class DomCleaner
{
    /// <summary>A block holding at least this share of the page's paragraph text is not removed for its name.</summary>
    private const double ProtectedShare = 0.35;

    private const string Landmarks = "h1, article, main, [itemprop=articleBody]";

    /// <summary>Header, form and figure elements with less paragraph text than this are furniture.</summary>
    private const int ConditionalMinParagraphText = 300;

    public static void Clean(IElement root, bool stripNegative)
    {
        // First what is never text, so that scripts and styles do not count in the shares below.
        Remove(root, IsNeverText);
        var stats = TextStats.Compute(root);
        var total = Math.Max(1, stats[root].ParagraphText);
        var holdsLandmark = LandmarkAncestors(root);
        Remove(root, e => IsFurniture(e, stats, total, stripNegative, holdsLandmark));
    }

    private static void Remove(IElement root, Func<IElement, bool> predicate) =>
        DomWalk.PreOrder(root, e =>
        {
            if (e == root || e.LocalName is "body" or "html" || !predicate(e)) return true;
            e.Remove();
            return false;
        });

    private static bool IsNeverText(IElement e) =>
        ExtractionPatterns.RemovedTags.Contains(e.LocalName)
        || IsHidden(e)
        // Date and author shown inside the body are metadata, reported as such, not prose.
        || e.GetAttribute("itemprop") is "datePublished" or "dateModified" or "author" or "publisher";

    /// <summary>
    /// Every element with a landmark below it, found once from the landmarks upwards: asking each
    /// negatively named block for landmarks inside would walk nested blocks' subtrees again and again.
    /// </summary>
    private static HashSet<IElement> LandmarkAncestors(IElement root)
    {
        var set = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var landmark in root.QuerySelectorAll(Landmarks))
            for (var p = landmark.ParentElement; p is not null && set.Add(p) && p != root; p = p.ParentElement) { }
        return set;
    }

    private static bool IsFurniture(IElement e, TextStats stats, int total, bool stripNegative, HashSet<IElement> holdsLandmark)
    {
        var tag = e.LocalName;
        // Statistics tables name their rows after players and teams ("player-2020"); rows are judged with their table.
        if (tag is "tr" or "td" or "th" or "tbody" or "thead" or "tfoot") return false;
        var stat = stats[e];
        if (ExtractionPatterns.ConditionalTags.Contains(tag) && stat.ParagraphText < ConditionalMinParagraphText) return true;
        if (!stripNegative || e.GetAttribute("itemprop") == "articleBody") return false;
        if (!IsNegative(e)) return false;
        if (holdsLandmark.Contains(e)) return false;
        var share = (double)stat.ParagraphText / total;
        return share < ProtectedShare || IsComments(e);
    }

    private static bool IsComments(IElement e) =>
        ExtractionPatterns.Comments().IsMatch(e.Id ?? "") || ExtractionPatterns.Comments().IsMatch(e.ClassName ?? "");

    internal static bool IsNegative(IElement e)
    {
        if (e.Id is { Length: > 0 } id && NameHints.IsNegative(id)) return true;
        if (e.ClassName is { Length: > 0 } cls && NameHints.AnyClassNegative(cls)) return true;
        var role = e.GetAttribute("role");
        return role is "navigation" or "complementary" or "contentinfo" or "banner" or "dialog" or "menu" or "alert";
    }

    private static bool IsHidden(IElement e) =>
        e.HasAttribute("hidden")
        || (e.GetAttribute("style") is { } style && NameHints.Matches(ExtractionPatterns.HiddenStyle(), style));
}
