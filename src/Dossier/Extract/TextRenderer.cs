using System.Text;
using AngleSharp.Dom;

namespace Dossier.Extract;

/// <summary>
/// Turns the chosen containers into paragraphs: every block element (p, h2–h6, li, blockquote, pre, div…)
/// and every &lt;br&gt; ends one, inline elements flow into it, whitespace runs become one space. The h1 is
/// left out because it is the headline, reported as the title.
/// </summary>
internal static class TextRenderer
{
    public static List<string> Paragraphs(IEnumerable<IElement> containers)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var container in containers) Render(container, current, paragraphs);
        Flush(current, paragraphs);
        return paragraphs;
    }

    private static void Render(IElement root, StringBuilder current, List<string> paragraphs)
    {
        // (node, leaving): a block is flushed both when entered and when left.
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        var children = new List<INode>();
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IElement e)
            {
                var block = ExtractionPatterns.BlockTags.Contains(e.LocalName);
                if (block) Flush(current, paragraphs);
                if (leaving || e.LocalName is "h1" or "br" or "hr") continue;
                if (block) stack.Push((e, true));
                children.Clear();
                children.AddRange(e.ChildNodes);
                for (var i = children.Count - 1; i >= 0; i--) stack.Push((children[i], false));
            }
            else if (node.NodeType == NodeType.Text)
            {
                AppendCollapsed(current, node.TextContent);
            }
        }
    }

    private static void AppendCollapsed(StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
            }
            else sb.Append(c);
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        var text = current.ToString().Trim();
        current.Clear();
        if (text.Length > 0) paragraphs.Add(text);
    }
}
