using AngleSharp.Dom;

namespace Dossier.Extract;

/// <summary>
/// Scores containers by the prose under them, in the spirit of Readability: every block of running text
/// (at least <see cref="MinBlockText"/> characters) credits its container fully, the next ancestor by half
/// and further ones by a third per level; a block is worth more the longer it is and the more commas it has.
/// Scores are then cut by the container's link density, so menus and teaser lists lose.
/// </summary>
internal sealed class ContentScorer
{
    private const int MinBlockText = 25;
    private const int AncestorLevels = 5;

    private readonly Dictionary<IElement, double> _raw = new(ReferenceEqualityComparer.Instance);
    private readonly TextStats _stats;

    private ContentScorer(TextStats stats) => _stats = stats;

    public IReadOnlyDictionary<IElement, double> RawScores => _raw;

    /// <summary>A container's score after the link-density penalty; zero when it holds no scored text.</summary>
    public double Score(IElement e) => _raw.TryGetValue(e, out var s) ? s * (1 - _stats[e].LinkDensity) : 0;

    public bool IsScored(IElement e) => _raw.ContainsKey(e);

    public static ContentScorer Run(IElement root, TextStats stats)
    {
        var scorer = new ContentScorer(stats);
        foreach (var e in DomWalk.Elements(root))
        {
            if (!ExtractionPatterns.BlockTags.Contains(e.LocalName) || e.LocalName is "h1" or "br" or "hr") continue;
            var (length, commas, hasBlockChild) = scorer.OwnText(e);
            if (length < MinBlockText) continue;
            var points = 1 + commas + Math.Min(length / 100, 3);
            // A <p> credits its parent; a div with text and blocks mixed is itself the container of that text.
            var container = hasBlockChild ? e : e.ParentElement;
            for (var level = 0; container is not null && level < AncestorLevels; level++, container = container.ParentElement)
            {
                var share = level switch { 0 => 1.0, 1 => 0.5, _ => 1.0 / (level * 3) };
                scorer.Add(container, points * share);
                if (container == root) break;
            }
        }
        return scorer;
    }

    private void Add(IElement e, double points)
    {
        if (!_raw.TryGetValue(e, out var s)) s = Initial(e);
        _raw[e] = s + points;
    }

    /// <summary>Readability's priors: divs usually hold prose, lists and headings usually do not.</summary>
    private static double Initial(IElement e) => ClassWeight.Of(e) + e.LocalName switch
    {
        "div" or "article" or "main" or "section" => 5,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };

    /// <summary>Text directly in the element (text nodes and inline children), not in nested blocks.</summary>
    private (int Length, int Commas, bool HasBlockChild) OwnText(IElement e)
    {
        int length = 0, commas = 0;
        var hasBlock = false;
        foreach (var child in e.ChildNodes)
        {
            if (child is IElement ce)
            {
                if (ExtractionPatterns.BlockTags.Contains(ce.LocalName)) { hasBlock |= ce.LocalName != "br"; continue; }
                var s = _stats[ce];
                length += s.Text - s.LinkText;
                commas += s.Commas;
            }
            else if (child.NodeType == NodeType.Text)
            {
                var t = child.TextContent;
                length += t.Trim().Length;
                commas += t.Count(c => c == ',');
            }
        }
        return (length, commas, hasBlock);
    }
}
