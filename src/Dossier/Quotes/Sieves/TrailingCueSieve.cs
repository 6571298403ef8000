using L = Dossier.Quotes.QuoteLexicon;

namespace Dossier.Quotes.Sieves;

/// <summary>
/// A cue right after the closing mark: "…," al-Assad said / "…," he said in the interview / "…," said Mr. Earnest /
/// "…," Rami Abdel Rahman, head of the Observatory, told dpa. The most common attribution in news, so it runs first.
/// </summary>
internal sealed class TrailingCueSieve : IDirectSieve
{
    public string Name => "TrailingCue";

    public Attribution? Attribute(QuoteContext c, QuotedSpan q)
    {
        var line = c.LineOf(q.Open);
        if (q.Close >= line.End) return null;
        var max = c.TokenAt(line.End);
        var i = c.TokenAt(q.After);
        // "…," hands the sentence over to the attribution; so do "?" and "!" inside the marks
        var handover = c.Text.AsSpan(q.Content.End, q.Close - q.Content.End).Contains(',') || c.Text[q.Content.End - 1] is '?' or '!';
        if (c.Is(i, ",")) { handover = true; i++; }
        if (i >= max) return null;

        if (CueReader.VerbAt(c, i) is { } inverted)
            // a lower-case "said" right after the mark continues the quotation's sentence even without a comma
            return (handover || !c[i].IsCapitalized) && PhraseReader.After(c, inverted.LastToken + 1, max) is var (p, _) ? new Attribution(p, inverted, Name) : null;

        if (PhraseReader.After(c, i, max) is not var (phrase, next)) return null;
        var k = CueReader.SkipForwardAdjuncts(c, next, max);
        // a post-modifier: "Mr. Morgan of the Sierra Club said"
        if (c.Lower(k) is "of" or "from" or "at" && PhraseReader.After(c, k + 1, max) is var (_, afterModifier))
            k = CueReader.SkipForwardAdjuncts(c, afterModifier, max);
        if (c.Is(k, ","))
        {
            // an apposition: "Rami Abdel Rahman, head of …, told dpa"
            var close = -1;
            for (var j = k + 1; j < max && j <= k + L.MaxAppositionTokens; j++)
            {
                if (c.IsQuoteMark(j)) break;
                if (c.Is(j, ",")) { close = j; break; }
            }
            if (close < 0) return null;
            k = CueReader.SkipForwardAdjuncts(c, close + 1, max);
        }
        if (CueReader.VerbAt(c, k) is not { } cue) return null;
        if (!handover && !char.IsLower(c.Text[phrase.Span.Start]))
        {
            // "…end." Assad said the matter …: a new sentence reporting something else, unless the cue closes it
            // ("…end." he said — lower case — still continues the quotation's sentence)
            var after = cue.LastToken + 1;
            if (after < max && !c.Is(after, ".") && !c.Is(after, ",")) return null;
        }
        return new Attribution(phrase, cue, Name);
    }
}
