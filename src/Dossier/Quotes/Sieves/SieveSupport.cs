using Dossier.Model;

namespace Dossier.Quotes.Sieves;

/// <summary>Helpers the sieves share: the speaker of a clause and the extent of a reported clause.</summary>
internal static class SieveSupport
{
    /// <summary>
    /// Every cue verb not yet used and not inside quotation marks, with its sentence's bounds: where the indirect
    /// sieves start looking. <paramref name="usedCueTokens"/> is read as the caller goes, so cues it claims drop out.
    /// </summary>
    public static IEnumerable<CueSite> CueSites(QuoteContext c, ISet<int> usedCueTokens)
    {
        for (var i = 0; i < c.Count; i++)
        {
            if (usedCueTokens.Contains(i) || c.InsideQuote(c[i].Span.Start) || CueReader.VerbAt(c, i) is not { } cue) continue;
            var s = c.SentenceOfToken(i);
            yield return new CueSite(i, cue, s, c.SentenceFirstToken(s), c.SentenceEndToken(s));
        }
    }

    /// <summary>
    /// The speaker of a cue with no subject of its own ("…, saying …", "… but said …"): the speaker of an earlier cue
    /// in the same sentence, else the sentence's subject.
    /// </summary>
    public static SpeakerPhrase? ClauseSpeaker(QuoteContext c, int cueToken)
    {
        var s = c.SentenceOfToken(cueToken);
        var first = c.SentenceFirstToken(s);
        for (var k = cueToken - 1; k >= first; k--)
        {
            if (c.InsideQuote(c[k].Span.Start) || CueReader.VerbAt(c, k) is null) continue;
            if (PhraseReader.Before(c, k, first) is { } p) return p;
        }
        return PhraseReader.SubjectBefore(c, s, cueToken);
    }

    /// <summary>True when the words before the cue coordinate it with an earlier verb ("…, but indicated …").</summary>
    public static bool IsCoordinated(QuoteContext c, int cueToken)
    {
        var j = CueReader.SkipBackAdjuncts(c, cueToken - 1, 0);
        return c.Lower(j) is "and" or "but" or "or";
    }

    /// <summary>
    /// The reported clause from <paramref name="start"/> to the end of its sentence (carried past a quotation the
    /// splitter cut), without the final period, and cut before a coordinated cue ("…, but indicated …").
    /// </summary>
    public static TextSpan? Clause(QuoteContext c, int start, int minWords = 3, Cue? own = null)
    {
        var end = c.ClauseEnd(start);
        var from = c.TokenAt(start);
        for (var k = from + 1; k < c.Count && c[k].Span.Start < end; k++)
        {
            if (c.IsQuoteMark(k) && c.Quotes.Any(q => q.Open == c[k].Span.Start) && EndsSentence(c, k))
            {
                // a new quotation after the clause's full stop, where the splitter did not cut ("schools. ''Throughout …")
                end = c[k].Span.Start;
                break;
            }
            if (c.InsideQuote(c[k].Span.Start)) continue;
            if (c.Is(k, ",") && ClosingAttribution(c, k + 1, c.TokenAt(end)) is int cueToken && cueToken >= 0 && cueToken != own?.FirstToken)
            {
                // "…, said a news agency report." / "…, he said.": another attribution closes the sentence
                end = c[k].Span.Start;
                break;
            }
            if (CueReader.VerbAt(c, k) is null || !IsCoordinated(c, k)) continue;
            var conj = CueReader.SkipBackAdjuncts(c, k - 1, from);
            end = c.Is(conj - 1, ",") ? c[conj - 1].Span.Start : c[conj].Span.Start;
            break;
        }
        return Trim(c, start, end, minWords);
    }

    private static bool EndsSentence(QuoteContext c, int k) => k > 0 && c[k - 1].Text is "." or "!" or "?";

    /// <summary>The cue token of a ", said X." or ", X said." that starts at token <paramref name="k"/> and closes the clause, else -1.</summary>
    public static int ClosingAttribution(QuoteContext c, int k, int end)
    {
        Cue? cue;
        if ((cue = CueReader.VerbAt(c, k)) is not null)
            return PhraseReader.After(c, cue.LastToken + 1, end) is var (_, n) && (n >= end || c[n].Kind == TokenKind.Punctuation) ? cue.FirstToken : -1;
        if (PhraseReader.After(c, k, end) is not var (_, next)) return -1;
        cue = CueReader.VerbAt(c, CueReader.SkipForwardAdjuncts(c, next, end));
        return cue is not null && (cue.LastToken + 1 >= end || c[cue.LastToken + 1].Kind == TokenKind.Punctuation) ? cue.FirstToken : -1;
    }

    /// <summary>Words that open a sentence without being what was said ("But, he said, …", "Still, …").</summary>
    private static readonly HashSet<string> Connectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "or", "so", "yet", "still", "now", "then", "also", "however", "instead", "indeed", "meanwhile", "though", "too", "well",
    };

    /// <summary>True when the tokens from <paramref name="first"/> up to <paramref name="end"/> hold words and every one is a connective: a head that only links to what came before.</summary>
    public static bool OnlyConnectives(QuoteContext c, int first, int end)
    {
        var words = Enumerable.Range(first, end - first).Where(c.IsWord).ToList();
        return words.Count > 0 && words.All(k => Connectives.Contains(c[k].Text));
    }

    /// <summary>A span trimmed of spaces and of a final sentence period; null when it holds fewer than <paramref name="minWords"/> words.</summary>
    public static TextSpan? Trim(QuoteContext c, int start, int end, int minWords = 3)
    {
        var t = c.Text;
        while (start < end && char.IsWhiteSpace(t[start])) start++;
        while (end > start && (char.IsWhiteSpace(t[end - 1]) || t[end - 1] is '.' or ',' or ';' or ':' && !t.AsSpan(start, end - start).EndsWith("..."))) end--;
        if (end <= start) return null;
        var words = t[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
        return words >= minWords ? new TextSpan(start, end) : null;
    }
}

/// <summary>A cue verb at token <paramref name="Token"/> in sentence <paramref name="Sentence"/>, whose tokens run from <paramref name="First"/> to <paramref name="End"/>.</summary>
internal readonly record struct CueSite(int Token, Cue Cue, int Sentence, int First, int End);
