using AngleSharp.Dom;

namespace Dossier.Extract;

/// <summary>
/// Iterative tree walks. Broken pages can nest unclosed tags tens of thousands deep, and a stack
/// overflow cannot be caught, so nothing in the extractor recurses over the DOM.
/// </summary>
internal static class DomWalk
{
    /// <summary>
    /// Elements under <paramref name="root"/> (itself included) in document order. When
    /// <paramref name="descend"/> returns false for an element its subtree is skipped; the callback may
    /// remove that element from the tree.
    /// </summary>
    public static void PreOrder(IElement root, Func<IElement, bool> descend)
    {
        var stack = new Stack<IElement>();
        stack.Push(root);
        var children = new List<IElement>();
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (!descend(e)) continue;
            children.Clear();
            for (var c = e.FirstElementChild; c is not null; c = c.NextElementSibling) children.Add(c);
            for (var i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
        }
    }

    /// <summary>All elements under <paramref name="root"/> (itself included) in document order.</summary>
    public static List<IElement> Elements(IElement root)
    {
        var list = new List<IElement>();
        PreOrder(root, e => { list.Add(e); return true; });
        return list;
    }
}
