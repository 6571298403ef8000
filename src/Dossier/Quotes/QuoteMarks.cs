using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>
/// A passage in double quotation marks. <see cref="Open"/> and <see cref="Close"/> are the offsets of the marks
/// (<see cref="Close"/> is the line end when a quotation runs on into the next paragraph);
/// <see cref="Content"/> is the text between them, trimmed of spaces and of the comma that hands over to the cue.
/// </summary>
internal sealed record QuotedSpan(int Index, int Open, int Close, TextSpan Content, int Words)
{
    /// <summary>Offset just after the closing mark.</summary>
    public int After => Close + 1;

    public bool Covers(int offset) => offset > Open && offset < Close;
}

/// <summary>
/// Pairs straight double quotes by position within each line (normalised text has no curly quotes, and a quotation
/// never crosses a paragraph without reopening). Apostrophes are ignored: they are far more often possessives and
/// contractions than quotation marks. A mark is an opener when preceded by a space, a line start or an opening bracket.
/// </summary>
internal static class QuoteMarks
{
    public static ImmutableArray<QuotedSpan> Find(string text)
    {
        var result = ImmutableArray.CreateBuilder<QuotedSpan>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            PairLine(text, lineStart, lineEnd, result);
            lineStart = lineEnd + 1;
        }
        return result.ToImmutable();
    }

    private static void PairLine(string text, int start, int end, ImmutableArray<QuotedSpan>.Builder into)
    {
        int? open = null;
        for (var i = start; i < end; i++)
        {
            if (text[i] != '"') continue;
            var closer = i > start && IsCloserContext(text[i - 1]);
            var followedBySpace = i + 1 >= end || char.IsWhiteSpace(text[i + 1]);
            if (open is int o && (closer || followedBySpace))
            {
                Add(text, o, i, into);
                open = null;
            }
            else if (!followedBySpace)
            {
                // a second opener with none closed: the first was a stray mark (an inch sign, a typo)
                open = i;
            }
        }
        // an opener left at a paragraph start is a quotation that continues into the next paragraph
        if (open is int left && left == FirstNonSpace(text, start, end)) Add(text, left, end, into);
    }

    private static bool IsCloserContext(char prev) =>
        char.IsLetterOrDigit(prev) || prev is '.' or ',' or '!' or '?' or ';' or ')' or ']' or '\'' or '%' or '-';

    private static int FirstNonSpace(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        return start;
    }

    private static void Add(string text, int open, int close, ImmutableArray<QuotedSpan>.Builder into)
    {
        var s = open + 1;
        var e = close;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        // the comma before the closing mark belongs to the attribution ("…terrorism," he said), not to the words
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] == ',')) e--;
        if (e <= s) return;
        var words = text[s..e].Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
        if (words == 0) return;
        into.Add(new QuotedSpan(into.Count, open, close, new TextSpan(s, e), words));
    }
}
