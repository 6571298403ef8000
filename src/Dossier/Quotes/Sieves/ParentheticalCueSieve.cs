namespace Dossier.Quotes.Sieves;

/// <summary>
/// An attribution set off by commas inside the reported sentence: "Acts of protest, Mr. Obama said, are acts of
/// patriotism." / "But to prevent problems, he said, local officials should be vigilant." The content is the whole
/// sentence (a span cannot skip the aside), so <see cref="Model.Quote.Text"/> keeps the cue words in place.
/// </summary>
internal sealed class ParentheticalCueSieve : IIndirectSieve
{
    public string Name => "ParentheticalCue";

    public IEnumerable<Candidate> Find(QuoteContext c, ISet<int> usedCueTokens)
    {
        foreach (var (i, cue, s, first, end) in SieveSupport.CueSites(c, usedCueTokens))
        {
            var after = CueReader.SkipForwardAdjuncts(c, cue.LastToken + 1, end);
            if (!c.Is(after, ",") || after + 2 >= end || !c.IsWord(after + 1)) continue;
            if (PhraseReader.Before(c, i, first) is not { } speaker) continue;
            var open = c.TokenAt(speaker.Span.Start) - 1;
            if (!c.Is(open, ",") || open <= first) continue;
            if (SieveSupport.Clause(c, c.Sentences[s].Span.Start, own: cue) is not { } content) continue;
            usedCueTokens.Add(i);
            yield return new Candidate(content, false, new Attribution(speaker, cue, Name), Name);
        }
    }
}
