using Dossier.Model;
using Dossier.Text;

namespace Dossier.Entities;

/// <summary>
/// One sentence's tokens, as indices [<see cref="From"/>, <see cref="To"/>) into the article's token array,
/// with what the recogniser needs to know about it.
/// </summary>
internal sealed record SentenceView(Sentence Sentence, IReadOnlyList<Token> Tokens, int From, int To)
{
    /// <summary>
    /// True for a headline in title case ("Syria's Assad Ready to 'Negotiate Everything' with Rebels"), where
    /// capitals say nothing about names: no closing full stop, and three quarters of the content words capitalised
    /// (a short sentence full of names, "General Martin Dempsey spoke on Monday.", still ends like a sentence).
    /// </summary>
    public bool IsTitleCase { get; } = ComputeTitleCase(Tokens, From, To);

    /// <summary>
    /// True when the token opens the sentence or a quotation, where any word is capitalised.
    /// </summary>
    public bool IsInitial(int index)
    {
        var i = index - 1;
        while (i >= From && !Tokens[i].IsWord && Tokens[i].Kind != TokenKind.Number)
        {
            if (Tokens[i].Kind == TokenKind.Quote && (i == From || Tokens[i - 1].Span.End < Tokens[i].Span.Start)) return true;
            i--;
        }
        return i < From;
    }

    public Token? Before(int index) => index - 1 >= From ? Tokens[index - 1] : null;

    public Token? After(int index) => index + 1 < To ? Tokens[index + 1] : null;

    private static bool ComputeTitleCase(IReadOnlyList<Token> tokens, int from, int to)
    {
        var last = to - 1;
        while (last >= from && tokens[last].Kind == TokenKind.Quote) last--;
        if (last >= from && tokens[last].Text is "." or "!" or "?") return false;
        var content = 0;
        var capitalised = 0;
        for (var i = from; i < to; i++)
        {
            var t = tokens[i];
            if (!t.IsWord || !char.IsLetter(t.Text[0])) continue;
            if (Stopwords.Contains(t.Text) || EntityVocabulary.Particles.Contains(t.Text)) continue;
            content++;
            if (t.IsCapitalized) capitalised++;
        }
        return content >= 2 && capitalised * 4 >= content * 3;
    }
}
