namespace Dossier.Entities.Tagger;

/// <summary>
/// What the rest of the document says about a word, which one sentence cannot: whether it is written in lower
/// case somewhere (so a capital at a sentence start or in a headline means nothing) or capitalised mid-sentence
/// (so it is a name even in "AL-ASSAD SAYS ..."), what the tagger already called it earlier in the document, and,
/// on the second pass, what the first pass called it everywhere else in the document, alone and inside names of
/// two words or more (Krishnan and Manning's two-stage aggregation: "Kohl" in a results table is the
/// "Helmut Kohl" of the story above it).
/// </summary>
internal sealed class DocumentContext
{
    /// <summary>Feature value when the first pass saw the word nowhere else (or there is no first pass yet).</summary>
    public const int Unseen = 5;

    private readonly HashSet<ulong> _lower = [];
    private readonly HashSet<ulong> _capitalized = [];
    private readonly Dictionary<ulong, int[]> _history = [];
    private readonly Dictionary<ulong, int[]> _firstPass = [];
    private readonly Dictionary<ulong, int[]> _inLongNames = [];
    private int[][]? _firstLabels;
    private List<(int From, int To, int Type)>[]? _firstChunks;

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

    /// <summary>The sentence being decoded, so first-pass counts can leave out the token's own label.</summary>
    public int Sentence { get; set; }

    public bool HasFirstPass => _firstLabels is not null;

    public bool SeenLower(ulong folded) => _lower.Contains(folded);

    public bool SeenCapitalized(ulong folded) => _capitalized.Contains(folded);

    /// <summary>The entity type (0..3) most often given to this word earlier in the document, 4 when only O, -1 when unseen.</summary>
    public int Earlier(ulong folded) => _history.TryGetValue(folded, out var counts) ? Majority(counts, null) : -1;

    public void Remember(ulong folded, int label)
    {
        if (!_history.TryGetValue(folded, out var counts)) _history[folded] = counts = new int[5];
        counts[Slot(label)]++;
    }

    /// <summary>Starts the second pass: the first pass's labels of every sentence; the earlier-in-document memory restarts.</summary>
    public void SetFirstPass(IReadOnlyList<SentenceFeatures> sentences, int[][] labels)
    {
        _history.Clear();
        _firstLabels = labels;
        _firstChunks = new List<(int, int, int)>[labels.Length];
        for (var s = 0; s < labels.Length; s++)
        {
            var sf = sentences[s];
            for (var i = 0; i < labels[s].Length; i++)
            {
                if (!sf.Capitalized[i]) continue;
                if (!_firstPass.TryGetValue(sf.Folded[i], out var counts)) _firstPass[sf.Folded[i]] = counts = new int[5];
                counts[Slot(labels[s][i])]++;
            }
            _firstChunks[s] = NerLabels.Chunks(labels[s]);
            foreach (var (from, to, type) in _firstChunks[s])
            {
                if (to - from < 2) continue;
                for (var i = from; i < to; i++)
                {
                    if (!_inLongNames.TryGetValue(sf.Folded[i], out var counts)) _inLongNames[sf.Folded[i]] = counts = new int[5];
                    counts[type]++;
                }
            }
        }
    }

    /// <summary>Token i of the current sentence: the type the first pass gave the word most often elsewhere (4 for only O, <see cref="Unseen"/>).</summary>
    public int Elsewhere(ulong folded, int i)
    {
        if (_firstLabels is null || !_firstPass.TryGetValue(folded, out var counts)) return Unseen;
        return Majority(counts, Slot(_firstLabels[Sentence][i]));
    }

    /// <summary>The type of the names of two words or more that hold the word elsewhere in the first pass, or <see cref="Unseen"/>.</summary>
    public int InLongNameElsewhere(ulong folded, int i)
    {
        if (_firstChunks is null || !_inLongNames.TryGetValue(folded, out var counts)) return Unseen;
        int? own = null;
        foreach (var (from, to, type) in _firstChunks[Sentence])
            if (from <= i && i < to && to - from >= 2) own = type;
        var best = Majority(counts, own);
        return best == 4 ? Unseen : best;
    }

    private static int Slot(int label) => label == NerLabels.O ? 4 : NerLabels.TypeOf(label);

    /// <summary>The most frequent type (0..3), else 4 when only O; <paramref name="without"/> is one count left out.</summary>
    private static int Majority(int[] counts, int? without)
    {
        var best = 4;
        var bestCount = 0;
        for (var t = 0; t < 4; t++)
        {
            var c = counts[t] - (without == t ? 1 : 0);
            if (c > bestCount) { best = t; bestCount = c; }
        }
        if (best == 4 && counts[4] - (without == 4 ? 1 : 0) <= 0) return Unseen;
        return best;
    }
}
