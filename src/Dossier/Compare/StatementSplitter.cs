using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Dossier.Model;

namespace Dossier.Compare;

/// <summary>
/// Splits an article into statements: each sentence, and each side of a semicolon when both sides are clauses of
/// their own (at least <see cref="MinClauseWords"/> words). A statement is attributed to the speaker of a quotation
/// in it (as the quote stage found and the story linked it), or to the "according to" source it names.
/// </summary>
internal static partial class StatementSplitter
{
    public const int MinClauseWords = 5;

    [GeneratedRegex(@"\baccording to (?:the |a |an )?((?:[A-Z][\w'’.-]*\s?){1,5})", RegexOptions.CultureInvariant)]
    private static partial Regex AccordingTo();

    public static IEnumerable<Statement> Split(Article article, IReadOnlyList<Quote> quotes, Func<Quote, string?> speaker)
    {
        foreach (var s in article.Sentences)
        {
            foreach (var span in Clauses(article.Text, s.Span))
            {
                var text = span.Of(article.Text).Trim();
                if (text.Length == 0) continue;
                yield return new Statement(new SentenceRef(article.Id, s.Index, span), text, Attribution(text, span, s.Index, quotes, speaker));
            }
        }
    }

    private static IEnumerable<TextSpan> Clauses(string text, TextSpan sentence)
    {
        var start = sentence.Start;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (text[i] != ';') continue;
            var left = new TextSpan(start, i + 1);
            var right = new TextSpan(i + 1, sentence.End);
            if (Words(text, left) < MinClauseWords || Words(text, right) < MinClauseWords) continue;
            yield return left;
            start = i + 1;
            while (start < sentence.End && char.IsWhiteSpace(text[start])) start++;
        }
        yield return new TextSpan(start, sentence.End);
    }

    private static int Words(string text, TextSpan span) => span.Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string? Attribution(string text, TextSpan span, int sentence, IReadOnlyList<Quote> quotes, Func<Quote, string?> speaker)
    {
        var q = quotes.FirstOrDefault(q => q.Sentence == sentence && q.ContentSpan.Overlaps(span) && speaker(q) is not null);
        if (q is not null) return speaker(q);
        var m = AccordingTo().Match(text);
        return m.Success ? m.Groups[1].Value.Trim().TrimEnd('.', ',') : null;
    }
}
