using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>
/// A passage in double quotation marks. <see cref="Open"/> and <see cref="Close"/> are the offsets of the marks
/// (<see cref="Close"/> is the line end when a quotation runs on into the next paragraph);
/// <see cref="Content"/> is the text between them, trimmed of spaces and of the comma that hands over to the cue.
/// </summary>
internal sealed record QuotedSpan(int Index, int Open, int Close, TextSpan Content, int Words, int MarkLength = 1)
{
    /// <summary>Offset just after the closing mark.</summary>
    public int After => Close + MarkLength;

    public bool Covers(int offset) => offset >= Open + MarkLength && offset < Close;
}

/// <summary>
/// Pairs straight double quotes by position within each line (normalised text has no curly quotes, and a quotation
/// never crosses a paragraph without reopening). Two apostrophes ('') count as a double quote: the newspaper-archive and
/// treebank style (``…'' normalises to ''…''). Single apostrophes are ignored: they are far more often possessives and
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
        var openLength = 0;
        for (var i = start; i < end; i++)
        {
            var length = MarkLength(text, i, end);
            if (length == 0) continue;
            if (open is not null && length != openLength) { i += length - 1; continue; }   // the other style, nested inside
            var closer = i > start && IsCloserContext(text[i - 1]);
            var followedBySpace = i + length >= end || char.IsWhiteSpace(text[i + length]);
            if (open is int o && (closer || followedBySpace))
            {
                Add(text, o, i, length, into);
                open = null;
            }
            else if (!followedBySpace)
            {
                // a second opener with none closed: the first was a stray mark (an inch sign, a typo)
                open = i;
                openLength = length;
            }
            i += length - 1;
        }
        // an opener left at a paragraph start is a quotation that continues into the next paragraph
        if (open is int left && left == FirstNonSpace(text, start, end)) Add(text, left, end, openLength, into);
    }

    // 1 for ", 2 for exactly two apostrophes, else 0
    private static int MarkLength(string text, int i, int end)
    {
        if (text[i] == '"') return 1;
        if (text[i] != '\'' || i + 1 >= end || text[i + 1] != '\'') return 0;
        return (i > 0 && text[i - 1] == '\'' && (i < 2 || text[i - 2] == '\'')) || (i + 2 < end && text[i + 2] == '\'') ? 0 : 2;
    }

    private static bool IsCloserContext(char prev) =>
        char.IsLetterOrDigit(prev) || prev is '.' or ',' or '!' or '?' or ';' or ')' or ']' or '\'' or '%' or '-';

    private static int FirstNonSpace(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        return start;
    }

    private static void Add(string text, int open, int close, int markLength, ImmutableArray<QuotedSpan>.Builder into)
    {
        var s = open + markLength;
        var e = close;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        // the comma before the closing mark belongs to the attribution ("…terrorism," he said), not to the words
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] == ',')) e--;
        if (e <= s) return;
        var words = text[s..e].Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
        if (words == 0) return;
        into.Add(new QuotedSpan(into.Count, open, close, new TextSpan(s, e), words, markLength));
    }
}
