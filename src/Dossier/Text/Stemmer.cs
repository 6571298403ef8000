using Lucene.Net.Tartarus.Snowball.Ext;

namespace Dossier.Text;

/// <summary>
/// The Porter stemmer (Lucene.Net's Snowball implementation of Porter 1980, the one ROUGE-1.5.5 uses).
/// Not thread-safe per instance, so each thread gets its own.
/// </summary>
public static class Stemmer
{
    [ThreadStatic] private static PorterStemmer? _stemmer;

    public static string Stem(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length < 3) return w;
        var s = _stemmer ??= new PorterStemmer();
        s.SetCurrent(w);
        s.Stem();
        return s.Current;
    }
}
