namespace Dossier.Quotes.Sieves;

/// <summary>
/// The sentence goes on after the closing mark and ends with the attribution:
/// "We are committed … to anyone" to breach the sovereignty of any country, Mr. al-Moallem said.
/// "… in the meeting" in Kazakhstan, he said.
/// </summary>
internal sealed class CueAfterQuoteSieve : IDirectSieve
{
    public string Name => "CueAfterQuote";

    public Attribution? Attribute(QuoteContext c, QuotedSpan q)
    {
        var line = c.LineOf(q.Open);
        if (q.Close >= line.End) return null;
        var i = c.TokenAt(q.After);
        if (i >= c.Count || !c.IsWord(i) || c[i].IsCapitalized) return null;
        var s = c.SentenceOfOffset(q.Close);
        var end = Math.Min(c.SentenceEndToken(s), c.TokenAt(line.End));
        for (var k = i; k < end; k++)
        {
            // another quotation or a cue of its own in between: the tail is not this quotation's attribution
            if (c.IsQuoteMark(k) || CueReader.VerbAt(c, k) is not null) return null;
            if (!c.Is(k, ",")) continue;
            if (FinalAttribution(c, k + 1, end) is { } a) return a;
        }
        return null;
    }

    // ", X said." or ", said X." closing the sentence at token k
    private Attribution? FinalAttribution(QuoteContext c, int k, int end)
    {
        if (k >= end || c.IsQuoteMark(k)) return null;
        if (CueReader.VerbAt(c, k) is { } inverted)
            return PhraseReader.After(c, inverted.LastToken + 1, end) is var (p, n) && Closes(c, n, end) ? new Attribution(p, inverted, Name) : null;
        if (PhraseReader.After(c, k, end) is not var (phrase, next)) return null;
        next = CueReader.SkipForwardAdjuncts(c, next, end);
        return CueReader.VerbAt(c, next) is { } cue && Closes(c, cue.LastToken + 1, end) ? new Attribution(phrase, cue, Name) : null;
    }

    private static bool Closes(QuoteContext c, int k, int end) => k >= end || c.Is(k, ".") || c.Is(k, ",");
}
