namespace Dossier.Entities.Tagger;

/// <summary>
/// Word shapes: "Assad" → "Xx", "U.S." → "X.X.", "1996" → "d", "al-Assad" → "x-Xx" (runs collapsed), and the
/// long form capped at eight characters ("Xxxxx") that still tells a short acronym from a long word.
/// </summary>
internal static class WordShape
{
    public static ulong Short(ReadOnlySpan<char> w)
    {
        Span<char> buf = stackalloc char[Math.Min(w.Length, 16)];
        var n = 0;
        foreach (var c in w)
        {
            var s = Class(c);
            if (n > 0 && buf[n - 1] == s) continue;
            if (n == buf.Length) break;
            buf[n++] = s;
        }
        return FeatureHash.Of(buf[..n]);
    }

    public static ulong Long(ReadOnlySpan<char> w)
    {
        Span<char> buf = stackalloc char[8];
        var n = Math.Min(w.Length, buf.Length);
        for (var i = 0; i < n; i++) buf[i] = Class(w[i]);
        return FeatureHash.Mix(FeatureHash.Of(buf[..n]), (ulong)Math.Min(w.Length, 12));
    }

    private static char Class(char c) =>
        char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;

    public static bool IsCapitalized(string w) => w.Length > 0 && char.IsUpper(w[0]);

    public static bool IsLower(string w) => w.Length > 0 && char.IsLower(w[0]);

    /// <summary>All letters upper case and at least two of them: "WORLD", "U.S.".</summary>
    public static bool IsShouted(string w)
    {
        var letters = 0;
        foreach (var c in w)
        {
            if (char.IsLower(c)) return false;
            if (char.IsUpper(c)) letters++;
        }
        return letters >= 2;
    }
}
