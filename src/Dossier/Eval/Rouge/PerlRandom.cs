namespace Dossier.Eval.Rouge;

/// <summary>
/// Perl's <c>srand</c>/<c>rand</c>: the 48-bit linear congruential generator drand48 (a = 0x5DEECE66D, c = 0xB,
/// mod 2^48), which Perl has carried itself since 5.20 and which the C library's drand48 gave before that, so
/// every Perl since ROUGE-1.5.5 was written draws the same numbers. ROUGE's bootstrap calls <c>srand($i)</c>
/// before resample i, so its confidence intervals and its printed averages (means of the resamples) can only be
/// reproduced by drawing exactly these numbers.
/// </summary>
internal sealed class PerlRandom
{
    private const ulong Multiplier = 0x5DEECE66DUL;
    private const ulong Increment = 0xBUL;
    private const ulong Mask = (1UL << 48) - 1;

    private ulong _state;

    /// <summary><c>srand(seed)</c>: the seed, truncated to 32 bits as Perl does, goes to the high 32 bits; the low
    /// 16 are drand48's fixed 0x330E.</summary>
    public PerlRandom(uint seed) => _state = ((ulong)seed << 16) | 0x330EUL;

    /// <summary><c>rand()</c>: the next state as a fraction in [0, 1), exactly state / 2^48.</summary>
    public double NextDouble()
    {
        _state = (_state * Multiplier + Increment) & Mask;
        return Math.ScaleB(_state, -48);
    }

    /// <summary><c>int(rand(n))</c>: n times the fraction in double arithmetic, then truncated.</summary>
    public int NextIndex(int n) => (int)(n * NextDouble());
}
