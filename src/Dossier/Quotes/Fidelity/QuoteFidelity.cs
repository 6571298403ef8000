using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Quotes.Fidelity;

/// <summary>
/// Finds the same quotation in different articles of a story and shows how the versions differ. Two direct quotes
/// are the same quotation when they share a run of <see cref="MinSharedRun"/> words. Besides the quoted words, each
/// version's frame is compared: the words that introduce the quotation in its clause. 000 gives Assad's words as
/// what "made no sense", 001 as what he said; the quoted words barely differ, the frame reverses their sense.
/// </summary>
public static class QuoteFidelity
{
    public const int MinSharedRun = 5;

    private sealed record Version(Quote Quote, ImmutableArray<QuoteWord> Words, string Frame);

    public static ImmutableArray<QuoteVariant> Compare(IEnumerable<AnnotatedArticle> articles)
    {
        var versions = articles
            .SelectMany(a => a.Quotes.Where(q => q.Direct).Select(q => new Version(q, QuoteWords.Of(q.Text), FrameOf(a.Article.Text, q.ContentSpan))))
            .ToList();
        var result = ImmutableArray.CreateBuilder<QuoteVariant>();
        for (var i = 0; i < versions.Count; i++)
        {
            for (var j = i + 1; j < versions.Count; j++)
            {
                var (a, b) = (versions[i], versions[j]);
                if (a.Quote.ArticleId == b.Quote.ArticleId || WordAligner.LongestCommonRun(a.Words, b.Words) < MinSharedRun) continue;
                var changes = WordAligner.Differences(a.Words, b.Words).AddRange(FrameChanges(a.Frame, b.Frame));
                result.Add(new QuoteVariant(
                    new QuoteVersion(a.Quote.ArticleId, a.Quote.Sentence, a.Quote.Text, a.Frame),
                    new QuoteVersion(b.Quote.ArticleId, b.Quote.Sentence, b.Quote.Text, b.Frame),
                    changes,
                    changes.Any(c => c.Meaningful && c.Kind != WordChangeKind.Respelled)));
            }
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// The words before the opening quotation mark back to the clause boundary (a comma, colon, semicolon, dash or
    /// the sentence start): ", though it made no sense “…" → "though it made no sense".
    /// </summary>
    internal static string FrameOf(string text, TextSpan content)
    {
        var i = Math.Min(content.Start, text.Length) - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '\'' or '\u201C' or '\u2018')) i--;
        var end = i + 1;
        while (i >= 0 && text[i] is not (',' or ';' or ':' or '.' or '!' or '?' or '\n' or '\u2014' or '(' or '"' or '\u201D')) i--;
        return text[(i + 1)..end].Trim();
    }

    // names (capitalised) and reporting verbs tell who spoke, not what was said, so they are left out of the frame
    private static IEnumerable<WordChange> FrameChanges(string first, string second)
    {
        static List<QuoteWord> Words(string frame) =>
            [.. QuoteWords.Of(frame).Where(w => !char.IsUpper(w.Text[0]) && !QuoteWords.IsReporting(w.Text))];
        var a = Words(first);
        var b = Words(second);
        foreach (var w in a.Where(w => !b.Any(o => QuoteWords.SameWord(w, o))))
            yield return new WordChange(WordChangeKind.Dropped, w.Text, null, true, QuoteWords.Meaningful(w.Text));
        foreach (var w in b.Where(w => !a.Any(o => QuoteWords.SameWord(w, o))))
            yield return new WordChange(WordChangeKind.Added, null, w.Text, true, QuoteWords.Meaningful(w.Text));
    }
}
