namespace Dossier.Quotes.Sieves;

/// <summary>
/// Reported speech before a cue that closes the sentence, with no quotation marks:
/// "…, the Observatory said." / "…, he said." / "…, said a Syrian news agency Sana report."
/// </summary>
internal sealed class ClauseThenCueSieve : IIndirectSieve
{
    public string Name => "ClauseThenCue";

    public IEnumerable<Candidate> Find(QuoteContext c, ISet<int> usedCueTokens)
    {
        foreach (var (i, cue, s, first, end) in SieveSupport.CueSites(c, usedCueTokens))
        {
            if (Attribute(c, cue, first, end) is not var (speaker, comma)) continue;
            if (SieveSupport.Trim(c, c.Sentences[s].Span.Start, c[comma].Span.Start) is not { } content) continue;
            usedCueTokens.Add(i);
            yield return new Candidate(content, false, new Attribution(speaker, cue, Name), Name);
        }
    }

    // the speaker and the comma that ends the reported clause, when "X said" / "said X" closes the sentence
    private static (SpeakerPhrase Speaker, int Comma)? Attribute(QuoteContext c, Cue cue, int first, int end)
    {
        var i = cue.FirstToken;
        if (c.Is(i - 1, ","))
            return PhraseReader.After(c, cue.LastToken + 1, end) is var (p, n) && Closes(c, n, end) && i - 1 > first ? (p, i - 1) : null;
        if (!Closes(c, cue.LastToken + 1, end) && !ClosesWithAdjunct(c, cue.LastToken + 1, end)) return null;
        if (PhraseReader.Before(c, i, first) is not { } speaker) return null;
        var start = c.TokenAt(speaker.Span.Start);
        return c.Is(start - 1, ",") && start - 1 > first ? (speaker, start - 1) : null;
    }

    private static bool Closes(QuoteContext c, int k, int end) => k >= end || c.Is(k, ".") || c.Is(k, "!") || c.Is(k, "?");

    // "…, he said, in remarks carried by state media." / "…, the ministry said in a statement."
    private static bool ClosesWithAdjunct(QuoteContext c, int k, int end)
    {
        var afterComma = c.Is(k, ",");
        if (afterComma) k++;
        if (k >= end || !QuoteLexicon.AdjunctStarters.Contains(c.Lower(k)) && !CueReader.IsWeekday(c.Lower(k))) return false;
        // "commented on the initiative, saying …" is not a closing cue: the adjunct must run to the sentence end
        for (var j = k; j < end; j++)
        {
            if (c.Is(j, "that") || c.IsQuoteMark(j) || CueReader.ParticipleAt(c, j) is not null || CueReader.VerbAt(c, j) is not null) return false;
            if (c.Is(j, ",") && !afterComma) return false;
        }
        return true;
    }
}
