using AngleSharp.Dom;

namespace Dossier.Extract;

/// <summary>
/// Second, finer cleaning inside the chosen container: drops the blocks that sit among the paragraphs
/// but are not prose — link lists ("More on this story"), image strips, share rows, embedded widgets.
/// Judged innermost first, so a link list inside a good section goes without taking the section along.
/// </summary>
internal static class ContentPruner
{
    private static readonly HashSet<string> Judged = ["div", "section", "ul", "ol", "table", "dl", "aside", "center", "p"];

    private const double LinkParagraphDensity = 0.8;

    public static void Prune(IElement container, bool strict)
    {
        var stats = TextStats.Compute(container);
        var elements = DomWalk.Elements(container);
        for (var i = elements.Count - 1; i >= 1; i--)
        {
            var e = elements[i];
            if (!Judged.Contains(e.LocalName) || !IsJunk(e, stats, strict)) continue;
            stats.Detach(e, container);
            e.Remove();
        }
    }

    /// <summary>A list whose items are mostly nothing but a link is a "More stories" list, even with a few prose items.</summary>
    private static bool MostlyLinkItems(IElement list, TextStats stats)
    {
        int items = 0, links = 0;
        foreach (var li in DomWalk.ChildElements(list))
        {
            if (li.LocalName != "li") continue;
            items++;
            if (stats[li].LinkDensity >= LinkParagraphDensity) links++;
        }
        return items >= 3 && links >= items * 0.6;
    }

    private static bool IsJunk(IElement e, TextStats stats, bool strict)
    {
        var weight = ClassWeight.Of(e);
        if (strict && weight < 0) return true;
        var stat = stats[e];
        if (stat.Commas >= 10) return false;
        var isList = e.LocalName is "ul" or "ol" or "dl";
        var density = stat.LinkDensity;
        if (isList) return density > 0.5 || (stat.Text < 25 && stat.LinkText > 0) || MostlyLinkItems(e, stats);
        // A paragraph that is all link is a teaser for another story ("Who will make the Rock Hall?").
        if (e.LocalName == "p") return stat.Text > 0 && density >= LinkParagraphDensity;

        if (stat.Images > 1 && stat.Paragraphs < stat.Images / 2.0 && stat.Text < 200) return true;
        if (stat.Items > stat.Paragraphs + 3 && density > 0.3) return true;
        if (stat.Text < 25 && density > 0) return true;
        if (weight < 25 && density > 0.33) return true;
        return weight >= 25 && density > 0.5;
    }
}
