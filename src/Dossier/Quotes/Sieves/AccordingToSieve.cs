namespace Dossier.Quotes.Sieves;

/// <summary>"…, according to the BBC." and "According to X, …": the source is the phrase after "according to".</summary>
internal sealed class AccordingToSieve : IIndirectSieve
{
    public string Name => "AccordingTo";

    public IEnumerable<Candidate> Find(QuoteContext c, ISet<int> usedCueTokens)
    {
        for (var i = 0; i < c.Count; i++)
        {
            if (usedCueTokens.Contains(i) || c.InsideQuote(c[i].Span.Start) || CueReader.AccordingToAt(c, i) is not { } cue) continue;
            var s = c.SentenceOfToken(i);
            var first = c.SentenceFirstToken(s);
            var end = c.SentenceEndToken(s);
            if ((PhraseReader.After(c, cue.LastToken + 1, end) ?? PhraseReader.PlainAfter(c, cue.LastToken + 1, end)) is not var (speaker, next)) continue;

            Model.TextSpan? content = null;
            // ", according to X." — also after a quotation closed by its comma (",” according to CNN.")
            var comma = c.Is(i - 1, ",") ? i - 1 : c.IsQuoteMark(i - 1) && c.Is(i - 2, ",") ? i - 2 : -1;
            // "But, according to the poll, 46 percent …": a conjunction may open the sentence
            var opens = i == first || c.Is(i - 1, ",") && i - 2 == first && c.Lower(first) is "but" or "and" or "yet" or "so";
            if (comma > first)
                content = SieveSupport.Trim(c, c.Sentences[s].Span.Start, c[comma].Span.Start);
            else if (opens && c.Is(next, ","))
                content = next + 1 < end ? SieveSupport.Clause(c, c[next + 1].Span.Start) : null;
            if (content is null) continue;
            usedCueTokens.Add(i);
            yield return new Candidate(content.Value, false, new Attribution(speaker, cue, Name), Name);
        }
    }
}
