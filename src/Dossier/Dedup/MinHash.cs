namespace Dossier.Dedup;

/// <summary>
/// MinHash signatures and their LSH band keys, by one-permutation hashing with optimal densification (Li, Owen and
/// Zhang 2012; Shrivastava 2017): each shingle is hashed once, its hash picks one of the signature's bins and competes
/// for that bin's minimum; a bin no shingle fell into borrows the minimum of another bin chosen by a fixed sequence
/// of probes (the same for every text). Two sets then agree on a bin with probability their Jaccard similarity, as
/// with one hash function per bin, at a 48th of the cost: one hash per shingle instead of one per shingle and bin.
/// </summary>
public sealed class MinHash(DedupOptions options)
{
    private readonly DedupOptions _options = options;

    public uint[] Signature(ReadOnlySpan<ulong> shingles)
    {
        var k = _options.SignatureLength;
        var mins = new uint[k];
        var filled = new bool[k];
        foreach (var x in shingles)
        {
            var h = StableHash.Mix(x ^ _options.Seed);
            var bin = Bin(h, k);
            var v = (uint)h;
            if (!filled[bin] || v < mins[bin]) (mins[bin], filled[bin]) = (v, true);
        }
        if (shingles.Length == 0) return mins;
        var sig = (uint[])mins.Clone();
        for (var i = 0; i < k; i++)
        {
            if (filled[i]) continue;
            // probe bins in an order fixed by (bin, attempt) alone, so two texts borrow alike wherever both bins are filled
            for (var t = 1UL; ; t++)
            {
                var j = Bin(StableHash.Mix(_options.Seed ^ ((ulong)i << 32) ^ t), k);
                if (filled[j]) { sig[i] = mins[j]; break; }
            }
        }
        return sig;
    }

    // the high 32 bits pick the bin (multiply-shift range reduction); the low 32 bits are the value
    private static int Bin(ulong h, int k) => (int)(((h >> 32) * (ulong)k) >> 32);

    /// <summary>One 32-bit key per band: the hash of the band's rows, salted with the band number.</summary>
    public int[] BandKeys(ReadOnlySpan<uint> signature)
    {
        var keys = new int[_options.Bands];
        for (var b = 0; b < keys.Length; b++)
        {
            var h = StableHash.Mix(_options.Seed ^ (ulong)b);
            for (var r = 0; r < _options.Rows; r++) h = StableHash.Mix(h ^ signature[b * _options.Rows + r]);
            keys[b] = (int)(h >> 32);
        }
        return keys;
    }
}
