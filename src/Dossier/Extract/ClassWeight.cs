using AngleSharp.Dom;

namespace Dossier.Extract;

/// <summary>What an element's class and id say about it: +25 for content words, -25 for boilerplate words (each of class and id).</summary>
internal static class ClassWeight
{
    public static int Of(IElement e)
    {
        var weight = 0;
        var cls = e.ClassName;
        if (!string.IsNullOrEmpty(cls))
        {
            if (NameHints.AnyClassNegative(cls)) weight -= 25;
            if (NameHints.IsPositive(cls)) weight += 25;
        }
        var id = e.Id;
        if (!string.IsNullOrEmpty(id))
        {
            if (NameHints.IsNegative(id)) weight -= 25;
            if (NameHints.IsPositive(id)) weight += 25;
        }
        if (e.GetAttribute("itemprop") == "articleBody") weight += 50;
        return weight;
    }
}
