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
            children.AddRange(ChildElements(e));
            for (var i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
        }
    }

    /// <summary>
    /// The element children, by index into the child list: AngleSharp finds a node's next sibling by
    /// scanning its parent's children, so sibling-to-sibling loops are quadratic in wide elements.
    /// </summary>
    public static IEnumerable<IElement> ChildElements(IElement e)
    {
        var nodes = e.ChildNodes;
        for (var i = 0; i < nodes.Length; i++)
            if (nodes[i] is IElement c) yield return c;
    }

    /// <summary>All elements under <paramref name="root"/> (itself included) in document order.</summary>
    public static List<IElement> Elements(IElement root)
    {
        var list = new List<IElement>();
        PreOrder(root, e => { list.Add(e); return true; });
        return list;
    }
}
