using System.Collections.Frozen;
using System.Text;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Dossier.Text;

/// <summary>English stopwords: the Snowball list that ships inside Lucene.Net's analyzers.</summary>
public static class Stopwords
{
    public static readonly FrozenSet<string> English = Load();

    public static bool Contains(string word) => English.Contains(word);

    private static FrozenSet<string> Load()
    {
        using var reader = IOUtils.GetDecodingReader(typeof(SnowballFilter), "english_stop.txt", Encoding.UTF8);
        var set = WordlistLoader.GetSnowballWordSet(reader, LuceneVersion.LUCENE_48);
        return set.Select(o => o.ToString()!).Append("'s").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
