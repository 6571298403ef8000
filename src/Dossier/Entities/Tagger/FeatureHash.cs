namespace Dossier.Entities.Tagger;

/// <summary>
/// Stable 64-bit hashes for features. The model stores weights by hash bucket, not by feature string, so tagging
/// allocates no strings; string.GetHashCode is randomised per process and would not survive a saved model.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> s)
    {
        var h = Offset;
        foreach (var c in s) h = (h ^ c) * Prime;
        return h;
    }

    /// <summary>Lower-cased, with every digit read as 0, so "1996" and "1997" share their statistics.</summary>
    public static ulong Folded(ReadOnlySpan<char> s)
    {
        var h = Offset;
        foreach (var c in s) h = (h ^ (char.IsDigit(c) ? '0' : char.ToLowerInvariant(c))) * Prime;
        return h;
    }

    public static ulong Mix(ulong a, ulong b)
    {
        var x = (a * 0x9E3779B97F4A7C15UL) ^ (b + 0x632BE59BD9B4E019UL + (a << 6) + (a >> 2));
        x ^= x >> 31;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 29;
        return x;
    }

    public static ulong Mix(ulong a, ulong b, ulong c) => Mix(Mix(a, b), c);

    public static ulong Mix(ulong a, ulong b, ulong c, ulong d) => Mix(Mix(Mix(a, b), c), d);
}
