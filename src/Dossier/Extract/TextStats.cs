using AngleSharp.Dom;

namespace Dossier.Extract;

/// <summary>Text measures of one element's subtree.</summary>
/// <param name="Text">Characters of text, whitespace runs counted once.</param>
/// <param name="LinkText">Of those, characters inside links.</param>
/// <param name="ParagraphText">Of those, characters inside &lt;p&gt; elements.</param>
/// <param name="Commas">Commas in the text: prose has them, menus and link lists do not.</param>
/// <param name="Paragraphs">&lt;p&gt; elements below.</param>
/// <param name="Images">&lt;img&gt; elements below.</param>
/// <param name="Items">&lt;li&gt; elements below.</param>
internal readonly record struct TextStat(int Text, int LinkText, int ParagraphText, int Commas, int Paragraphs = 0, int Images = 0, int Items = 0)
{
    public double LinkDensity => Text == 0 ? 0 : (double)LinkText / Text;

    public int PlainText => Text - LinkText;

    public static TextStat operator +(TextStat a, TextStat b) =>
        new(a.Text + b.Text, a.LinkText + b.LinkText, a.ParagraphText + b.ParagraphText, a.Commas + b.Commas,
            a.Paragraphs + b.Paragraphs, a.Images + b.Images, a.Items + b.Items);

    public static TextStat operator -(TextStat a, TextStat b) =>
        new(a.Text - b.Text, a.LinkText - b.LinkText, a.ParagraphText - b.ParagraphText, a.Commas - b.Commas,
            a.Paragraphs - b.Paragraphs, a.Images - b.Images, a.Items - b.Items);

    /// <summary>The stat an element adds to its parent: its subtree plus itself when it is one of the counted tags.</summary>
    public static TextStat Self(IElement e, TextStat subtree) => e.LocalName switch
    {
        "p" => subtree with { Paragraphs = subtree.Paragraphs + 1 },
        "img" => subtree with { Images = subtree.Images + 1 },
        "li" => subtree with { Items = subtree.Items + 1 },
        _ => subtree,
    };
}

/// <summary>
/// <see cref="TextStat"/> for every element under a root, computed in one bottom-up pass so scoring
/// never re-reads TextContent of large subtrees (which would be quadratic on deep pages).
/// </summary>
internal sealed class TextStats
{
    private readonly Dictionary<IElement, TextStat> _stats = new(ReferenceEqualityComparer.Instance);

    public static TextStats Compute(IElement root)
    {
        var stats = new TextStats();
        var elements = DomWalk.Elements(root);
        // Which elements sit inside a link or a paragraph, known top-down...
        var flags = new Dictionary<IElement, (bool Link, bool Paragraph)>(ReferenceEqualityComparer.Instance);
        foreach (var e in elements)
        {
            var parent = e == root ? default : flags.GetValueOrDefault(e.ParentElement!);
            flags[e] = (parent.Link || e.LocalName == "a", parent.Paragraph || e.LocalName == "p");
        }
        // ...then sums bottom-up: in reverse document order every child comes before its parent.
        for (var i = elements.Count - 1; i >= 0; i--)
        {
            var e = elements[i];
            var (link, paragraph) = flags[e];
            var total = default(TextStat);
            foreach (var child in e.ChildNodes)
            {
                if (child is IElement ce) total += TextStat.Self(ce, stats[ce]);
                else if (child.NodeType == NodeType.Text) total += Measure(child.TextContent, link, paragraph);
            }
            stats._stats[e] = total;
        }
        return stats;
    }

    public TextStat this[IElement e] => _stats.TryGetValue(e, out var s) ? s : default;

    /// <summary>Takes a removed element's text out of its former ancestors, so later judgements see the page as it now is.</summary>
    public void Detach(IElement e, IElement root)
    {
        var removed = TextStat.Self(e, this[e]);
        for (var p = e.ParentElement; p is not null; p = p.ParentElement)
        {
            if (_stats.TryGetValue(p, out var s)) _stats[p] = s - removed;
            if (p == root) break;
        }
    }

    private static TextStat Measure(string s, bool inLink, bool inParagraph)
    {
        int length = 0, commas = 0;
        var space = true;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!space) length++;
                space = true;
                continue;
            }
            space = false;
            length++;
            if (c is ',' or '،' or '，') commas++;
        }
        return new TextStat(length, inLink ? length : 0, inParagraph ? length : 0, commas);
    }
}
