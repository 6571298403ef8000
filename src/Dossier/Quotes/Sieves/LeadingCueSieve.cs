using L = Dossier.Quotes.QuoteLexicon;

namespace Dossier.Quotes.Sieves;

/// <summary>
/// A cue just before the opening mark: X said: "…" / X said, "…" / X said in a statement: "…" / He added that "…" /
/// …, saying, "…" (a participle takes the clause's speaker).
/// </summary>
internal sealed class LeadingCueSieve : IDirectSieve
{
    private const int MaxAdjunctTokens = 6;

    public string Name => "LeadingCue";

    public Attribution? Attribute(QuoteContext c, QuotedSpan q)
    {
        var openToken = c.TokenAt(q.Open);
        var sentence = c.SentenceOfToken(Math.Max(0, openToken - 1));
        var min = Math.Max(c.SentenceFirstToken(sentence), c.TokenAt(c.LineOf(q.Open).Start));
        var j = openToken - 1;
        var introduced = c.Is(j, ":") || c.Is(j, ",");
        if (introduced) j--;
        if (c.Is(j, "that")) j--;
        if (j < min) return null;

        var cue = FindCue(c, j, min);
        if (cue is null) return null;
        // a short lower-case quotation after a verb is a scare quote inside reported speech ("he's "confident"")
        if (!introduced && q.Words < L.MinEmbeddedWords && !char.IsUpper(c.Text[q.Content.Start])) return null;

        var participle = CueReader.ParticipleAt(c, cue.FirstToken) is not null;
        var speaker = participle || SieveSupport.IsCoordinated(c, cue.FirstToken)
            ? SieveSupport.ClauseSpeaker(c, cue.FirstToken)
            : PhraseReader.Before(c, cue.FirstToken, min) ?? SieveSupport.ClauseSpeaker(c, cue.FirstToken);
        return speaker is null ? null : new Attribution(speaker, cue, Name);
    }

    // the cue ends at j, or is followed by a short adjunct that ends at j ("said in a statement:")
    private static Cue? FindCue(QuoteContext c, int j, int min)
    {
        for (var k = j; k >= min && k >= j - MaxAdjunctTokens; k--)
        {
            if (c.IsQuoteMark(k)) return null;
            var cue = CueReader.VerbAt(c, k) ?? CueReader.ParticipleAt(c, k);
            if (cue is null) continue;
            if (cue.LastToken == j) return cue;
            var next = cue.LastToken + 1;
            return next <= j && L.AdjunctStarters.Contains(c.Lower(next)) ? cue : null;
        }
        return null;
    }
}
