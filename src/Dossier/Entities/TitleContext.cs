using Dossier.Model;
using Dossier.Text;

namespace Dossier.Entities;

/// <summary>
/// Reads the office a text gives a person next to their name: "Syrian Foreign Minister al-Moallem",
/// "the country's Foreign Minister Walid al-Moallem", or in apposition, "Walid al-Moallem, the Syrian foreign minister".
/// These title→name pairs are what lets the merger resolve a bare role in another article.
/// </summary>
internal static class TitleContext
{
    /// <summary>How far back a title may start; the longest known title phrase with its nationality fits well within.</summary>
    private const int Window = 9;

    public static RoleMatch? Of(Mention mention, IReadOnlyList<Token> tokens)
    {
        var k = TokenAt(tokens, mention.Span.Start);
        if (k < 0) return null;
        RoleMatch? best = null;
        for (var s = k - 1; s >= Math.Max(0, k - Window); s--)
        {
            if (RolePhrase.Match(tokens, s, requireCountry: false) is { } m && (m.End == k || (m.End == k - 1 && IsTitleGap(tokens[k - 1]))))
                best = m;
        }
        if (best is not null) return best;
        var e = TokenAt(tokens, mention.Span.End, end: true);
        return e >= 0 && e + 2 < tokens.Count && tokens[e + 1].Text == "," ? RolePhrase.Match(tokens, e + 2, requireCountry: false) : null;
    }

    public static IReadOnlyList<Token> TokensOf(AnnotatedArticle a) =>
        a.Tokens.IsDefaultOrEmpty ? Tokenizer.Tokenize(a.Article.Text) : a.Tokens;

    /// <summary>A comma (apposition: "the Syrian foreign minister, Walid al-Moallem") or a courtesy title may sit between.</summary>
    private static bool IsTitleGap(Token t) => t.Text == "," || EntityVocabulary.Honorifics.Contains(t.Text);

    /// <summary>Index of the token starting (or, with <paramref name="end"/>, ending) at an offset; -1 if none.</summary>
    private static int TokenAt(IReadOnlyList<Token> tokens, int offset, bool end = false)
    {
        int lo = 0, hi = tokens.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var at = end ? tokens[mid].Span.End : tokens[mid].Span.Start;
            if (at == offset) return mid;
            if (at < offset) lo = mid + 1;
            else hi = mid - 1;
        }
        // a mention that starts inside a token ("ISIS" in "anti-ISIS") has no title before it
        return -1;
    }
}
