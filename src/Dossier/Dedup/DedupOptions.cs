namespace Dossier.Dedup;

/// <summary>
/// MinHash and LSH settings of <see cref="DuplicateIndex"/>. An article pair becomes a candidate when all
/// <see cref="Rows"/> MinHash values of at least one of the <see cref="Bands"/> bands agree, which happens with
/// probability 1 − (1 − J^r)^b for Jaccard similarity J: with 16 bands of 3 rows, 0.98 at J = 0.6, 0.994 at 0.65,
/// 0.999 at 0.7, but 0.33 at 0.3 and 0.0002 at 0.05 — so light rewrites are nearly always looked at, and articles of
/// one topic that only share a few sentences rarely are (and are then verified away).
/// </summary>
public sealed record DedupOptions
{
    public static readonly DedupOptions Default = new();

    /// <summary>Words per shingle. Four words make a phrase rare enough that two reports share one only by copying,
    /// and short enough that one changed word leaves most of a sentence's shingles intact.</summary>
    public int ShingleSize { get; init; } = 4;

    public int Bands { get; init; } = 16;

    public int Rows { get; init; } = 3;

    /// <summary>Jaccard similarity of shingle sets from which two articles are near-duplicates. Copies and light
    /// rewrites score 0.6–1; two reports of one event, or a follow-up that reuses a third of its predecessor's
    /// background, score under 0.35.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>At most this many duplicates are kept per article, most similar first.</summary>
    public int MaxDuplicates { get; init; } = 5;

    /// <summary>Seed of the shingle and MinHash hash functions: stored band keys are only comparable under one seed.</summary>
    public ulong Seed { get; init; } = 0x5EED_D055_1E70_0001UL;

    public int SignatureLength => Bands * Rows;
}
