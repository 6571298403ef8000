using System.Diagnostics;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Dossier.Extract;

/// <summary>
/// The body cascade. Strict: clean the page (tags and boilerplate class/id names), choose the
/// container, prune it, render it. If that yields less than the minimum, lenient: the same without
/// judging elements by their names, for sites whose article wrapper is called "share-container".
/// Last resort: every &lt;p&gt; on the page (or all its text when it has none). The first pass long
/// enough wins, otherwise the longest.
/// </summary>
internal static class BodyExtractor
{
    private enum Pass { Strict, Lenient, AllParagraphs }

    /// <param name="parsed">The already parsed page; the strict pass modifies it.</param>
    /// <param name="title">The headline found in the metadata, so the body does not repeat it.</param>
    /// <summary>Above this share of link text, a short "body" is a list of links (an index page), not an article.</summary>
    private const double MaxShortLinkShare = 0.5;

    /// <returns>The body, or null and the reason there is none.</returns>
    public static (string? Text, string? Error) Extract(IDocument parsed, string html, string? title, ExtractionOptions options, ExtractionTimings? timings = null)
    {
        (string Text, double LinkShare)? best = null;
        foreach (var pass in (ReadOnlySpan<Pass>)[Pass.Strict, Pass.Lenient, Pass.AllParagraphs])
        {
            var start = Stopwatch.GetTimestamp();
            if (pass == Pass.Lenient) timings?.CountLenientPage();
            var doc = pass == Pass.Strict ? parsed : new HtmlParser().ParseDocument(html);
            // Later passes are timed as a whole: how often they run matters more than their inner split.
            var text = Run(doc, pass, title, options, pass == Pass.Strict ? timings : null);
            if (pass != Pass.Strict) timings?.Add(ExtractionPhase.LenientPasses, start);
            if (text is null) continue;
            if (text.Value.Text.Length >= options.MinTextLength) return (text.Value.Text, null);
            if (best is null || text.Value.Text.Length > best.Value.Text.Length) best = text;
        }
        if (best is null) return (null, HtmlExtractor.NoArticleError);
        return best.Value.LinkShare > MaxShortLinkShare ? (null, HtmlExtractor.LinkPageError) : (best.Value.Text, null);
    }

    private static (string Text, double LinkShare)? Run(IDocument doc, Pass pass, string? title, ExtractionOptions options, ExtractionTimings? timings)
    {
        if (doc.Body is not { } body) return null;
        var strict = pass == Pass.Strict;
        var start = Stopwatch.GetTimestamp();
        DomCleaner.Clean(body, stripNegative: strict);
        timings?.Add(ExtractionPhase.Clean, start);
        start = Stopwatch.GetTimestamp();
        IReadOnlyList<IElement> containers;
        if (pass == Pass.AllParagraphs)
        {
            containers = [.. body.QuerySelectorAll("p, pre, blockquote").Where(e => e.ParentElement?.Closest("p, pre, blockquote") is null)];
            // A page of bare text (no paragraphs at all) is its own body.
            if (containers.Count == 0) containers = [body];
        }
        else
        {
            containers = ContentSelector.Select(body, TextStats.Compute(body), options.MinTextLength);
            timings?.Add(ExtractionPhase.Select, start);
            start = Stopwatch.GetTimestamp();
            foreach (var c in containers) ContentPruner.Prune(c, strict);
            timings?.Add(ExtractionPhase.Prune, start);
        }
        start = Stopwatch.GetTimestamp();
        var paragraphs = ParagraphFilter.Apply(TextRenderer.Paragraphs(containers), title);
        timings?.Add(ExtractionPhase.Render, start);
        if (paragraphs.Count == 0) return null;
        var text = string.Join("\n\n", paragraphs);
        // Only a short body needs its links counted; a long one is accepted as it is.
        return (text, text.Length >= options.MinTextLength ? 0 : LinkShare(containers));
    }

    private static double LinkShare(IReadOnlyList<IElement> containers)
    {
        int text = 0, links = 0;
        foreach (var c in containers)
        {
            var s = TextStats.Compute(c)[c];
            text += s.Text;
            links += s.LinkText;
        }
        return text == 0 ? 0 : (double)links / text;
    }
}
