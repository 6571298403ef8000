using System.Text;

namespace Dossier.Extract;

/// <summary>
/// Flattens absurdly deep nesting before parsing. The HTML5 tree builder checks the stack of open
/// elements at every tag, so a page of 100,000 unclosed &lt;div&gt;s costs quadratic time (half a minute)
/// in the parser. Wrapper tags opened beyond <see cref="MaxDepth"/> are dropped; their text stays, so
/// nothing of the article is lost. Pages with few tags are returned untouched after one vectorised count.
/// </summary>
internal static class NestingGuard
{
    public const int MaxDepth = 1000;

    /// <summary>Below this many '&lt;', the page cannot be nested deeply enough to matter.</summary>
    private const int MinTagsToScan = 20_000;

    /// <summary>Tags that wrap and can be dropped without losing text or paragraph breaks of consequence.</summary>
    private static readonly HashSet<string> Wrappers = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "span", "font", "section", "article", "main", "aside", "header", "footer", "nav", "b", "i", "u",
        "em", "strong", "small", "big", "center", "blockquote", "ul", "ol", "dl", "table", "form", "label", "a",
    };

    public static string Flatten(string html)
    {
        var span = html.AsSpan();
        if (span.Count('<') < MinTagsToScan) return html;
        StringBuilder? output = null;
        var depth = 0;
        var copied = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            var end = html.IndexOf('>', i);
            if (end < 0) break;
            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < end && char.IsAsciiLetterOrDigit(html[nameEnd])) nameEnd++;
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                // Raw text: skip to the closing tag so markup inside scripts is not counted.
                if (!closing) { var close = html.IndexOf("</" + name.ToString(), end, StringComparison.OrdinalIgnoreCase); i = close < 0 ? end + 1 : close; continue; }
            }
            else if (name.Length > 0 && Wrappers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name) && html[end - 1] != '/')
            {
                if (closing) depth = Math.Max(0, depth - 1);
                else if (++depth > MaxDepth)
                {
                    output ??= new StringBuilder(html.Length);
                    output.Append(html, copied, i - copied);
                    copied = end + 1;
                    depth--;
                }
            }
            i = end + 1;
        }
        if (output is null) return html;
        return output.Append(html, copied, html.Length - copied).ToString();
    }
}
