namespace Dossier.Dedup;

/// <summary>A near-duplicate found by <see cref="DuplicateIndex"/>: an earlier article's ordinal and the similarity.</summary>
/// <param name="Exact">True when <paramref name="Similarity"/> is the exact Jaccard similarity of the two shingle
/// sets; false when the earlier text was not at hand and it is estimated from the agreeing bands.</param>
public readonly record struct DuplicateMatch(int Ordinal, double Similarity, bool Exact);

/// <summary>
/// Answers "which earlier articles is this one a near-copy of" as articles arrive, in near-constant time each:
/// word shingles → MinHash signature → LSH band keys → candidates sharing a band → each candidate verified by the
/// exact Jaccard similarity of the shingle sets when its text can be had (<c>textOf</c>), else estimated.
/// The index holds band keys only (<see cref="LshIndex"/>); texts stay wherever the caller keeps them.
/// </summary>
public sealed class DuplicateIndex(DedupOptions? options = null)
{
    private readonly DedupOptions _o = options ?? DedupOptions.Default;
    private readonly MinHash _minHash = new(options ?? DedupOptions.Default);
    private readonly LshIndex _index = new((options ?? DedupOptions.Default).Bands);

    public DedupOptions Options => _o;

    public int Count => _index.Count;

    public long IndexBytes => _index.Bytes;

    /// <summary>The shingles, signature and band keys of a text: what <see cref="Add"/> and <see cref="Find"/> need.</summary>
    public Fingerprint Fingerprint(string text)
    {
        var shingles = WordShingles.Of(text, _o.ShingleSize, _o.Seed);
        return new Fingerprint(shingles, shingles.Length == 0 ? [] : _minHash.BandKeys(_minHash.Signature(shingles)));
    }

    /// <summary>
    /// The stored articles that are near-duplicates of <paramref name="text"/> (similarity ≥ the threshold), most
    /// similar first, at most <see cref="DedupOptions.MaxDuplicates"/>. <paramref name="textOf"/> gives a stored
    /// ordinal's text, or null when it is not cheaply available.
    /// </summary>
    public IReadOnlyList<DuplicateMatch> Find(Fingerprint print, Func<int, string?> textOf)
    {
        if (print.BandKeys.Length == 0) return [];
        var matches = new List<DuplicateMatch>();
        foreach (var (ordinal, bands) in _index.Candidates(print.BandKeys))
        {
            var other = textOf(ordinal);
            var match = other is null
                ? new DuplicateMatch(ordinal, MinHash.EstimateFromBands(bands, _o), false)
                : new DuplicateMatch(ordinal, WordShingles.Jaccard(print.Shingles, WordShingles.Of(other, _o.ShingleSize, _o.Seed)), true);
            if (match.Similarity >= _o.Threshold) matches.Add(match);
        }
        matches.Sort((a, b) => b.Similarity != a.Similarity ? b.Similarity.CompareTo(a.Similarity) : a.Ordinal.CompareTo(b.Ordinal));
        return matches.Count > _o.MaxDuplicates ? matches[.._o.MaxDuplicates] : matches;
    }

    /// <summary>Indexes an article; returns its ordinal, or -1 for a text with no words (never a duplicate of anything).</summary>
    public int Add(Fingerprint print) => print.BandKeys.Length == 0 ? -1 : _index.Add(print.BandKeys);
}

/// <summary>A text's sorted shingle hashes and its LSH band keys (empty for a text without words).</summary>
public sealed record Fingerprint(ulong[] Shingles, int[] BandKeys);
