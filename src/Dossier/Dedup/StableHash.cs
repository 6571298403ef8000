namespace Dossier.Dedup;

/// <summary>
/// Seeded 64-bit hashing that gives the same values in every process and on every machine
/// (string.GetHashCode is randomised per process; duplicate links and stored band keys must not be).
/// </summary>
internal static class StableHash
{
    /// <summary>SplitMix64's finaliser: every input bit flips about half the output bits.</summary>
    public static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    /// <summary>FNV-1a over characters, continued from <paramref name="h"/>.</summary>
    public static ulong Fnv(ulong h, char c) => (h ^ c) * 1099511628211UL;

    public const ulong FnvOffset = 14695981039346656037UL;
}
