using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Quotes.Fidelity;

/// <summary>
/// Aligns two versions of a quotation word by word (longest common subsequence, respellings counted as the same
/// word) and lists the differences inside the stretch both versions quote; words one outlet quotes beyond the other's
/// excerpt are a shorter excerpt, not a misquote.
/// </summary>
internal static class WordAligner
{
    public static int LongestCommonRun(ImmutableArray<QuoteWord> a, ImmutableArray<QuoteWord> b)
    {
        var best = 0;
        var prev = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            var cur = new int[b.Length + 1];
            for (var j = 1; j <= b.Length; j++)
                if (QuoteWords.SameWord(a[i - 1], b[j - 1])) best = Math.Max(best, cur[j] = prev[j - 1] + 1);
            prev = cur;
        }
        return best;
    }

    public static ImmutableArray<WordChange> Differences(ImmutableArray<QuoteWord> a, ImmutableArray<QuoteWord> b)
    {
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = QuoteWords.SameWord(a[i], b[j]) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var ops = new List<WordChange?>();   // null marks an identical word
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && QuoteWords.SameWord(a[x], b[y]))
            {
                ops.Add(a[x].Text.Equals(b[y].Text, StringComparison.OrdinalIgnoreCase) ? null : new WordChange(WordChangeKind.Respelled, a[x].Text, b[y].Text, false, false));
                x++;
                y++;
            }
            else if (y >= b.Length || x < a.Length && lcs[x + 1, y] >= lcs[x, y + 1])
                ops.Add(new WordChange(WordChangeKind.Dropped, a[x].Text, null, false, QuoteWords.Meaningful(a[x++].Text)));
            else
                ops.Add(new WordChange(WordChangeKind.Added, null, b[y].Text, false, QuoteWords.Meaningful(b[y++].Text)));
        }
        var first = ops.FindIndex(o => o is null or { Kind: WordChangeKind.Respelled });
        var last = ops.FindLastIndex(o => o is null or { Kind: WordChangeKind.Respelled });
        if (first < 0) return [];
        return [.. ops.Skip(first).Take(last - first + 1).OfType<WordChange>()];
    }
}
