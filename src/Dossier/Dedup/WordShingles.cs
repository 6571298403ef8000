namespace Dossier.Dedup;

/// <summary>
/// The set of word k-shingles of a text, as sorted distinct 64-bit hashes. Words are runs of letters and digits,
/// lower-cased, so punctuation, quotation marks and spacing changes between copies do not count as differences.
/// </summary>
public static class WordShingles
{
    public static ulong[] Of(string text, int size, ulong seed)
    {
        var words = Words(text, seed);
        if (words.Count == 0) return [];
        var n = Math.Max(1, words.Count - size + 1);
        var set = new ulong[n];
        for (var i = 0; i < n; i++)
        {
            var h = seed;
            for (var j = i; j < Math.Min(i + size, words.Count); j++) h = StableHash.Mix(h ^ words[j]);
            set[i] = h;
        }
        Array.Sort(set);
        var distinct = 1;
        for (var i = 1; i < set.Length; i++)
            if (set[i] != set[distinct - 1]) set[distinct++] = set[i];
        return distinct == set.Length ? set : set[..distinct];
    }

    private static List<ulong> Words(string text, ulong seed)
    {
        var words = new List<ulong>(text.Length / 5);
        var h = StableHash.FnvOffset ^ seed;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                h = StableHash.Fnv(h, char.ToLowerInvariant(c));
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(h);
                h = StableHash.FnvOffset ^ seed;
                inWord = false;
            }
        }
        if (inWord) words.Add(h);
        return words;
    }

    /// <summary>Exact Jaccard similarity |A ∩ B| / |A ∪ B| of two sorted distinct sets.</summary>
    public static double Jaccard(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        var common = 0;
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] == b[j]) { common++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return (double)common / (a.Length + b.Length - common);
    }
}
