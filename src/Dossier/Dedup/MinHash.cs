namespace Dossier.Dedup;

/// <summary>
/// MinHash signatures and their LSH band keys. Value i of a signature is the minimum of hash function i over the
/// shingles; two sets agree on it with probability equal to their Jaccard similarity. The hash functions are the
/// SplitMix64 finaliser applied to the shingle XOR a per-function seed drawn from <see cref="DedupOptions.Seed"/>.
/// </summary>
public sealed class MinHash
{
    private readonly ulong[] _seeds;
    private readonly DedupOptions _options;

    public MinHash(DedupOptions options)
    {
        _options = options;
        _seeds = new ulong[options.SignatureLength];
        var s = options.Seed;
        for (var i = 0; i < _seeds.Length; i++) _seeds[i] = s = StableHash.Mix(s);
    }

    public uint[] Signature(ReadOnlySpan<ulong> shingles)
    {
        var mins = new ulong[_seeds.Length];
        Array.Fill(mins, ulong.MaxValue);
        foreach (var x in shingles)
            for (var i = 0; i < mins.Length; i++)
            {
                var h = StableHash.Mix(x ^ _seeds[i]);
                if (h < mins[i]) mins[i] = h;
            }
        var sig = new uint[mins.Length];
        for (var i = 0; i < sig.Length; i++) sig[i] = (uint)(mins[i] >> 32);
        return sig;
    }

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

    /// <summary>Jaccard estimated from how many bands agree: a band agrees with probability J^rows.</summary>
    public static double EstimateFromBands(int agreeing, DedupOptions o) =>
        agreeing <= 0 ? 0 : Math.Pow((double)agreeing / o.Bands, 1.0 / o.Rows);
}
