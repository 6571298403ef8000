using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Text;

/// <summary>
/// Rule-based sentence splitter over normalised text (see <see cref="TextNormalizer"/>).
/// A line break always ends a sentence (cleaned articles hold one paragraph a line). Inside a line,
/// [.!?] followed by closing quotes/brackets, a space and an upper-case letter, digit or opening quote
/// ends one, except after titles ("Mr."), initials ("J.D."), month abbreviations ("Jan. 23") and acronyms
/// ("U.S.") unless a typical sentence starter follows ("the U.S. The talks").
/// A quotation spanning two sentences is split at its inner boundary, as CoreNLP does; the quote stage
/// works on character spans and re-joins them.
/// </summary>
public static class SentenceSplitter
{
    public static ImmutableArray<Sentence> Split(string text)
    {
        var result = ImmutableArray.CreateBuilder<Sentence>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            SplitLine(text, lineStart, lineEnd, result);
            lineStart = lineEnd + 1;
        }
        return result.ToImmutable();
    }

    private static void SplitLine(string text, int start, int end, ImmutableArray<Sentence>.Builder into)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?')) continue;
            var j = i + 1;
            while (j < end && text[j] is '.' or '!' or '?') j++;
            while (j < end && text[j] is '"' or '\'' or ')' or ']') j++;
            if (j >= end || !char.IsWhiteSpace(text[j])) continue;
            var k = j;
            while (k < end && char.IsWhiteSpace(text[k])) k++;
            if (k >= end) continue;
            if (!StartsSentence(text, k, end)) continue;
            if (c == '.' && j == i + 1 && !PeriodEnds(text, start, i, k, end)) continue;
            Add(text, sentenceStart, j, into);
            sentenceStart = k;
            i = k - 1;
        }
        Add(text, sentenceStart, end, into);
    }

    private static bool StartsSentence(string text, int k, int end)
    {
        var c = text[k];
        if (char.IsUpper(c) || char.IsDigit(c)) return true;
        if (c is '"' or '\'' or '(' or '[') return k + 1 < end && (char.IsUpper(text[k + 1]) || char.IsDigit(text[k + 1]) || text[k + 1] == '.');
        return c == '.' && text.AsSpan(k).StartsWith("...");
    }

    /// <summary>Decides whether the single period at <paramref name="dot"/> ends the sentence.</summary>
    private static bool PeriodEnds(string text, int lineStart, int dot, int next, int end)
    {
        var w = dot;
        while (w > lineStart && (char.IsLetterOrDigit(text[w - 1]) || text[w - 1] == '.')) w--;
        var word = text[w..dot];
        if (word.Length == 0) return true;
        var nextWord = NextWord(text, next, end);
        var starter = Abbreviations.SentenceStarters.Contains(nextWord);
        if (word.Contains('.')) return starter;                                   // U.S. / J.D. / a.m.
        if (word.Length == 1 && char.IsUpper(word[0])) return false;             // initial: George W. Bush
        if (Abbreviations.NonTerminal.Contains(word)) return false;              // Mr. / Jan. 23
        if (Abbreviations.MayEnd.Contains(word)) return starter;                 // Inc. / Jr.
        return true;
    }

    private static string NextWord(string text, int k, int end)
    {
        while (k < end && !char.IsLetterOrDigit(text[k])) k++;
        var s = k;
        while (k < end && char.IsLetter(text[k])) k++;
        return text[s..k];
    }

    private static void Add(string text, int s, int e, ImmutableArray<Sentence>.Builder into)
    {
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        if (e <= s) return;
        into.Add(new Sentence(into.Count, new TextSpan(s, e), text[s..e]));
    }
}
