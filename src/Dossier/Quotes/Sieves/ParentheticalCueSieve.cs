namespace Dossier.Quotes.Sieves;

/// <summary>
/// An attribution set off by commas inside the reported sentence: "Acts of protest, Mr. Obama said, are acts of
/// patriotism." / "But to prevent problems, he said, local officials should be vigilant." The content is two parts,
/// before and after the aside, as PolNeAR annotates it: two candidates sharing the attribution, which the brat
/// output joins into one discontinuous span.
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
            var a = new Attribution(speaker, cue, Name);
            var head = SieveSupport.Trim(c, content.Start, c[open].Span.Start, minWords: 1);
            var tail = SieveSupport.Trim(c, c[after + 1].Span.Start, content.End, minWords: 1);
            if (head is null || tail is null || tail.Value.Start < content.Start)
            {
                yield return new Candidate(content, false, a, Name);
                continue;
            }
            // a head that only links to what came before ("Still, he said, …") is the writer's, as PolNeAR marks it
            if (!SieveSupport.OnlyConnectives(c, c.TokenAt(head.Value.Start), c.TokenAt(head.Value.End))) yield return new Candidate(head.Value, false, a, Name);
            yield return new Candidate(tail.Value, false, a, Name);
        }
    }
}
