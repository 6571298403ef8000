namespace Dossier.Dedup;

/// <summary>
/// The low 4 bits of each MinHash value, 16 to a <c>ulong</c> (b-bit MinHash, Li and König 2010): 24 bytes for 48
/// values, kept in memory beside the band keys so that a candidate can be judged before its text is fetched. Two
/// sketches agree on a value with probability J + (1 − J)/16, which gives an unbiased estimate of J with a standard
/// error near 0.07 at J = 0.5 — enough to drop the candidates that share one band by chance (J around 0.05) without
/// dropping a near-copy (at J = 0.5 the estimate falls under 0.25 once in two thousand).
/// </summary>
public static class Sketch
{
    public static int Words(int values) => (values + 15) / 16;

    public static ulong[] Of(ReadOnlySpan<uint> signature)
    {
        var words = new ulong[Words(signature.Length)];
        for (var i = 0; i < signature.Length; i++) words[i >> 4] |= (ulong)(signature[i] & 0xF) << ((i & 15) * 4);
        return words;
    }

    /// <summary>Jaccard similarity estimated from two sketches of <paramref name="values"/> values.</summary>
    public static double Estimate(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, int values)
    {
        var agree = 0;
        for (var w = 0; w < a.Length; w++)
        {
            var z = a[w] ^ b[w];
            z |= z >> 1;
            z |= z >> 2;
            // one bit per differing nibble; unused nibbles of the last word are 0 in both and count as agreeing
            agree += 16 - System.Numerics.BitOperations.PopCount(z & 0x1111111111111111UL);
        }
        agree -= a.Length * 16 - values;
        var p = (double)agree / values;
        return Math.Clamp((p - 1.0 / 16) / (15.0 / 16), 0, 1);
    }
}
