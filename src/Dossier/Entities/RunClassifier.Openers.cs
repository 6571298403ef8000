namespace Dossier.Entities;

/// <summary>
/// Where capitals prove nothing: a run opening a sentence or a quotation, and runs in title-case or shouted lines.
/// There a word counts as a name only when the article (capitalised mid-sentence elsewhere) or a gazetteer vouches
/// for it, or when the words around it do.
/// </summary>
internal sealed partial class RunClassifier
{
    /// <summary>Handles a run opening a sentence: "However"/"Previous" go; a lone unknown word ("Rebels", "Diplomats") goes.</summary>
    private NameRun? NonNameStart(NameRun run)
    {
        var start = 0;
        while (start < run.Count && run[start].IsWord && EntityVocabulary.NonNameStarters.Contains(run[start].Text)) start++;
        if (start > 0) return start < run.Count ? run.From(start).Trimmed() : null;
        if (Vouched(run[0]) || TitleAt(run, 0) > 0) return run;
        if (run.WordCount == 1) return SpeakerOpening(run) ? run : null;
        // "Past Syrian peace talks", "Incoming President Donald Trump": the opener is not part of what follows
        var second = run.Pieces.Skip(1).First(p => p.IsWord);
        var index = run.Pieces.IndexOf(second);
        return Gazetteer.Lookup(second.Text) is not null || TitleAt(run, index) > 0 ? run.From(index) : run;
    }

    /// <summary>
    /// "Mekdad noted ..." opening a sentence: a single unknown word before a reporting verb is kept as a likely
    /// speaker, unless it looks like a plural noun ("Officials said", "Witnesses told").
    /// </summary>
    private bool SpeakerOpening(NameRun run)
    {
        var text = run[^1].Text;
        var plural = text.EndsWith('s') && !text.EndsWith("ss", StringComparison.Ordinal);
        return !plural && sentence.After(run[^1].Token) is { } next && EntityVocabulary.SpeechVerbs.Contains(next.Text);
    }

    /// <summary>
    /// Reads a title-case line. Words the article writes in lower case elsewhere ("Negotiate", "Rebels") and openers
    /// ("Next") are cut out. A stretch holding any word the article or a list vouches for keeps only such words
    /// ("Assad" of "Assad Ready"); a stretch of two or more unknown words ("Dionne Rose" in a results line) stays a
    /// name, except in a line of capitals, where nothing unvouched does.
    /// </summary>
    private IEnumerable<(NameRun Run, bool Vouched)> TitleCaseParts(NameRun run)
    {
        foreach (var part in SplitAt(run, i => run[i].IsWord && (words.LowerCase.Contains(run[i].Text.ToLowerInvariant()) || EntityVocabulary.NonNameStarters.Contains(run[i].Text))))
        {
            if (Enumerable.Range(0, part.Count).Any(i => part[i].IsWord && (Vouched(part[i]) || TitleAt(part, i) > 0)))
            {
                foreach (var vouched in SplitAt(part, i => part[i].IsWord && !Vouched(part[i]) && TitleAt(part, i) == 0 && !NameKey.Words(part[i].Text).All(Gazetteer.Words.Contains)))
                    yield return (vouched, true);
            }
            else if (part.WordCount >= 2 && !sentence.IsShouting) yield return (part, false);
        }
    }

    /// <summary>The stretches of a run between the pieces that <paramref name="cut"/> removes.</summary>
    private static IEnumerable<NameRun> SplitAt(NameRun run, Func<int, bool> cut)
    {
        var start = 0;
        for (var i = 0; i <= run.Count; i++)
        {
            if (i < run.Count && !cut(i)) continue;
            if (i > start && run.Slice(start, i - start).Trimmed() is { } part) yield return part;
            start = i + 1;
        }
    }

    private bool Vouched(NamePiece p) => words.Known.Contains(p.Key) || Gazetteer.Lookup(p.Text) is not null;

    private bool AllKnown(NameRun run) => run.Pieces.Where(p => p.IsWord).All(p => words.Known.Contains(p.Key));
}
