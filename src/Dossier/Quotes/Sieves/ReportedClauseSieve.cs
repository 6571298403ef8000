namespace Dossier.Quotes.Sieves;

/// <summary>
/// Reported speech after the cue: X said (that) …, X said on Monday that …, X told reporters …, X noted that …,
/// X says …, and the coordinated "…, but indicated …" that shares the first verb's speaker.
/// </summary>
internal sealed class ReportedClauseSieve : IIndirectSieve
{
    public string Name => "ReportedClause";

    public IEnumerable<Candidate> Find(QuoteContext c, ISet<int> usedCueTokens)
    {
        foreach (var (i, cue, s, first, end) in SieveSupport.CueSites(c, usedCueTokens))
        {
            var speaker = SieveSupport.IsCoordinated(c, i) ? SieveSupport.ClauseSpeaker(c, i) : PhraseReader.Before(c, i, first) ?? PhraseReader.PlainBefore(c, i, first);
            if (speaker is null) continue;

            var k = CueReader.SkipToClause(c, cue.LastToken + 1, end);
            // "China claims Taiwan": verbs that also take a plain object report speech only with "that"
            if (!QuoteLexicon.BareClauseVerbs.Contains(c.Lower(i)) && !c.Is(k - 1, "that")) continue;
            // "said." / "said, in remarks …" has no clause after it; a quotation right after the cue is direct speech
            // and its cue is already used, unless it was a scare quote opening the clause ("said "terrorists" had …")
            if (k >= end || !c.IsWord(k) && !c.IsQuoteMark(k) && c[k].Kind != Model.TokenKind.Number) continue;
            // "said in a statement." has no clause; "maintained by the embassy" is a passive, not speech
            if (QuoteLexicon.AdjunctStarters.Contains(c.Lower(k)) || c.Is(k, "by")) continue;
            if (SieveSupport.Clause(c, c[k].Span.Start) is not { } content) continue;
            usedCueTokens.Add(i);
            yield return new Candidate(content, false, new Attribution(speaker, cue, Name), Name);
        }
    }
}
