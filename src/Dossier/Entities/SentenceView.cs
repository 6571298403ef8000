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
    /// True for a headline in title case ("Syria's Assad Ready to 'Negotiate Everything' with Rebels") or in capitals
    /// ("TAKE OVER AT TOP"), where capitals say nothing about names. Title case: three quarters of the content words
    /// capitalised, no closing full stop (a short sentence full of names, "General Martin Dempsey spoke on Monday.",
    /// ends like a sentence), at most 15 content words and one number (a line of results, "Anthony Hill ( Australia )
    /// beat Dan Jenson 15-9 15-8", is not a headline). Capitals: three quarters of the content words in capitals.
    /// </summary>
    public bool IsTitleCase => Casing != LineCasing.Sentence;

    /// <summary>True for a line in capitals, where even a run of two unknown words is no evidence of a name.</summary>
    public bool IsShouting => Casing == LineCasing.Shouting;

    private LineCasing Casing { get; } = ComputeCasing(Tokens, From, To);

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

    private enum LineCasing
    {
        Sentence,
        Title,
        Shouting,
    }

    private static LineCasing ComputeCasing(IReadOnlyList<Token> tokens, int from, int to)
    {
        int content = 0, capitalised = 0, shouted = 0, numbers = 0;
        for (var i = from; i < to; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Number) numbers++;
            if (!t.IsWord || !char.IsLetter(t.Text[0])) continue;
            if (IsShouted(t.Text) && t.Text.Length > 1) shouted++;
            if (Stopwords.Contains(t.Text) || EntityVocabulary.Particles.Contains(t.Text)) continue;
            content++;
            if (t.IsCapitalized) capitalised++;
        }
        if (content >= 2 && shouted * 4 >= content * 3) return LineCasing.Shouting;
        var last = to - 1;
        while (last >= from && tokens[last].Kind == TokenKind.Quote) last--;
        if (last >= from && tokens[last].Text is "." or "!" or "?") return LineCasing.Sentence;
        return content is >= 2 and <= 15 && numbers <= 1 && capitalised * 4 >= content * 3 ? LineCasing.Title : LineCasing.Sentence;
    }

    /// <summary>True for a word in capitals ("WORLD", "U.S.").</summary>
    public static bool IsShouted(string word) => word.Any(char.IsLetter) && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
}
