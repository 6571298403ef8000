namespace Dossier.Dedup;

/// <summary>A near-duplicate found by <see cref="DuplicateIndex"/>: an earlier article's ordinal and the similarity.</summary>
/// <param name="Exact">True when <paramref name="Similarity"/> is the exact Jaccard similarity of the two shingle
/// sets; false when the earlier text was not at hand and it is estimated from the two MinHash sketches.</param>
public readonly record struct DuplicateMatch(int Ordinal, double Similarity, bool Exact);

/// <summary>
/// Answers "which earlier articles is this one a near-copy of" as articles arrive, in near-constant time each:
/// word shingles → MinHash signature → LSH band keys → candidates sharing a band → each candidate verified by the
/// exact Jaccard similarity of the shingle sets when its text can be had (<c>textOf</c>), else estimated.
/// A candidate whose 4-bit sketch (<see cref="Sketch"/>) puts it far under the threshold is dropped before its text
/// is asked for: articles of one topic that share a sentence or two collide on a band now and then, and as the
/// archive grows so do they. The index holds band keys and sketches only (<see cref="LshIndex"/>, 230–260 bytes
/// an article); texts stay wherever the caller keeps them.
/// </summary>
public sealed class DuplicateIndex
{
    private readonly DedupOptions _o;
    private readonly MinHash _minHash;
    private readonly LshIndex _index;
    private readonly List<ulong[]> _sketches = [];
    private const int ChunkBits = 14;

    /// <summary>How far under the threshold a sketch's estimate may fall and the candidate still be verified: four
    /// standard errors, so a true near-copy is almost never dropped unseen.</summary>
    private const double SketchMargin = 0.25;

    public DuplicateIndex(DedupOptions? options = null)
    {
        _o = options ?? DedupOptions.Default;
        _minHash = new MinHash(_o);
        _index = new LshIndex(_o.Bands);
    }

    public DedupOptions Options => _o;

    public int Count => _index.Count;

    public long IndexBytes => _index.Bytes + _sketches.Count * (long)(1 << ChunkBits) * Sketch.Words(_o.SignatureLength) * sizeof(ulong);

    /// <summary>The shingles, signature and band keys of a text: what <see cref="Add"/> and <see cref="Find"/> need.</summary>
    public Fingerprint Fingerprint(string text)
    {
        var shingles = WordShingles.Of(text, _o.ShingleSize, _o.Seed);
        if (shingles.Length == 0) return new Fingerprint(shingles, [], []);
        var signature = _minHash.Signature(shingles);
        return new Fingerprint(shingles, _minHash.BandKeys(signature), Sketch.Of(signature));
    }

    /// <summary>
    /// The stored articles that are near-duplicates of the fingerprinted text (similarity ≥ the threshold), most
    /// similar first, at most <see cref="DedupOptions.MaxDuplicates"/>. <paramref name="textOf"/> gives a stored
    /// ordinal's text, or null when it is not cheaply available.
    /// </summary>
    public IReadOnlyList<DuplicateMatch> Find(Fingerprint print, Func<int, string?> textOf)
    {
        if (print.BandKeys.Length == 0) return [];
        var matches = new List<DuplicateMatch>();
        foreach (var ordinal in _index.Candidates(print.BandKeys).Keys)
        {
            var estimate = Sketch.Estimate(print.Sketch, SketchOf(ordinal), _o.SignatureLength);
            if (estimate < _o.Threshold - SketchMargin) continue;
            var other = textOf(ordinal);
            var match = other is null
                ? new DuplicateMatch(ordinal, estimate, false)
                : new DuplicateMatch(ordinal, WordShingles.Jaccard(print.Shingles, WordShingles.Of(other, _o.ShingleSize, _o.Seed)), true);
            if (match.Similarity >= _o.Threshold) matches.Add(match);
        }
        matches.Sort((a, b) => b.Similarity != a.Similarity ? b.Similarity.CompareTo(a.Similarity) : a.Ordinal.CompareTo(b.Ordinal));
        return matches.Count > _o.MaxDuplicates ? matches[.._o.MaxDuplicates] : matches;
    }

    /// <summary>Indexes an article; returns its ordinal, or -1 for a text with no words (never a duplicate of anything).</summary>
    public int Add(Fingerprint print) => print.BandKeys.Length == 0 ? -1 : Add(print.BandKeys, print.Sketch);

    /// <summary>Indexes stored band keys and sketch (an index rebuilt from the store, in ordinal order).</summary>
    public int Add(int[] bandKeys, ulong[] sketch)
    {
        var ordinal = _index.Add(bandKeys);
        var words = Sketch.Words(_o.SignatureLength);
        if ((ordinal & ((1 << ChunkBits) - 1)) == 0) _sketches.Add(new ulong[(1 << ChunkBits) * words]);
        sketch.AsSpan(0, words).CopyTo(_sketches[ordinal >> ChunkBits].AsSpan((ordinal & ((1 << ChunkBits) - 1)) * words));
        return ordinal;
    }

    private ReadOnlySpan<ulong> SketchOf(int ordinal)
    {
        var words = Sketch.Words(_o.SignatureLength);
        return _sketches[ordinal >> ChunkBits].AsSpan((ordinal & ((1 << ChunkBits) - 1)) * words, words);
    }
}

/// <summary>A text's sorted shingle hashes, its LSH band keys and its MinHash sketch (all empty for a text without words).</summary>
public sealed record Fingerprint(ulong[] Shingles, int[] BandKeys, ulong[] Sketch);
