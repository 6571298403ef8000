namespace Dossier.Quotes.Sieves;

/// <summary>
/// "…, saying …" / "…, adding that …": the participle's speaker is the clause's subject or the speaker of an
/// earlier cue in the sentence ("Mekdad commented on the initiative, saying his country is ready …").
/// </summary>
internal sealed class ParticipleSieve : IIndirectSieve
{
    public string Name => "Participle";

    public IEnumerable<Candidate> Find(QuoteContext c, ISet<int> usedCueTokens)
    {
        for (var i = 1; i < c.Count; i++)
        {
            if (usedCueTokens.Contains(i) || !c.Is(i - 1, ",") || c.InsideQuote(c[i].Span.Start)) continue;
            if (CueReader.ParticipleAt(c, i) is not { } cue) continue;
            var end = c.SentenceEndToken(c.SentenceOfToken(i));
            var k = CueReader.SkipToClause(c, cue.LastToken + 1, end);
            if (k >= end || !c.IsWord(k) && !c.IsQuoteMark(k)) continue;
            if (SieveSupport.ClauseSpeaker(c, i) is not { } speaker) continue;
            if (SieveSupport.Clause(c, c[k].Span.Start) is not { } content) continue;
            usedCueTokens.Add(i);
            yield return new Candidate(content, false, new Attribution(speaker, cue, Name), Name);
        }
    }
}
