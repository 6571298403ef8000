namespace Dossier.Entities.Tagger;

/// <summary>
/// What the rest of the document says about a word, which one sentence cannot: whether it is written in lower
/// case somewhere (so a capital at a sentence start or in a headline means nothing) or capitalised mid-sentence
/// (so it is a name even in "AL-ASSAD SAYS ..."), and what the tagger already called it earlier in the document.
/// </summary>
internal sealed class DocumentContext
{
    private readonly HashSet<ulong> _lower = [];
    private readonly HashSet<ulong> _capitalized = [];
    private readonly Dictionary<ulong, int[]> _history = [];

    public DocumentContext(IEnumerable<string[]> sentences)
    {
        foreach (var words in sentences)
        {
            var shouting = words.Count(WordShape.IsShouted) * 2 > words.Length;
            for (var i = 0; i < words.Length; i++)
            {
                var w = words[i];
                if (WordShape.IsLower(w)) _lower.Add(FeatureHash.Folded(w));
                else if (i > 0 && !shouting && WordShape.IsCapitalized(w) && !WordShape.IsShouted(w)) _capitalized.Add(FeatureHash.Folded(w));
            }
        }
    }

    public bool SeenLower(ulong folded) => _lower.Contains(folded);

    public bool SeenCapitalized(ulong folded) => _capitalized.Contains(folded);

    /// <summary>The entity type (0..3) most often given to this word earlier in the document, 4 when only O, -1 when unseen.</summary>
    public int Earlier(ulong folded)
    {
        if (!_history.TryGetValue(folded, out var counts)) return -1;
        var best = 4;
        for (var t = 0; t < 4; t++)
            if (counts[t] > 0 && (best == 4 || counts[t] > counts[best])) best = t;
        return best;
    }

    public void Remember(ulong folded, int label)
    {
        if (!_history.TryGetValue(folded, out var counts)) _history[folded] = counts = new int[5];
        counts[label == NerLabels.O ? 4 : NerLabels.TypeOf(label)]++;
    }
}
