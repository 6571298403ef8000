using Dossier.Entities.Tagger;

namespace Dossier.Text;

/// <summary>
/// What <see cref="SyntaxFeatures"/> reads of each word of one sentence, hashed once so that the two taggers and
/// every training epoch share it: the form as written and folded, its shape, short prefix and suffixes, and the NER
/// model's word clusters (learnt from unlabeled news, so a word CoNLL-2003 never tags still has neighbours).
/// </summary>
internal sealed class SyntaxWords
{
    public const int Suffixes = 4;

    public SyntaxWords(IReadOnlyList<string> words)
    {
        var clusters = NerModel.Default.Clusters;
        var n = words.Count;
        Exact = new ulong[n];
        Lower = new ulong[n];
        Shape = new ulong[n];
        Prefix = new ulong[n];
        Suffix = [.. Enumerable.Range(0, Suffixes).Select(_ => new ulong[n])];
        Fine = new int[n];
        Coarse = new int[n];
        for (var i = 0; i < n; i++)
        {
            var t = AsConll(words[i]);
            Exact[i] = FeatureHash.Of(t);
            Lower[i] = FeatureHash.Folded(t);
            Shape[i] = WordShape.Short(t);
            Prefix[i] = FeatureHash.Folded(t.AsSpan(0, Math.Min(2, t.Length)));
            for (var k = 0; k < Suffixes; k++) Suffix[k][i] = FeatureHash.Folded(t.AsSpan(Math.Max(0, t.Length - k - 1)));
            (Fine[i], Coarse[i]) = clusters.Of(FeatureHash.Of(words[i]));
        }
    }

    public int Count => Exact.Length;

    public ulong[] Exact { get; }

    /// <summary>Lower-cased, digits read as 0 (<see cref="FeatureHash.Folded"/>).</summary>
    public ulong[] Lower { get; }

    public ulong[] Shape { get; }

    /// <summary>The first two letters, folded.</summary>
    public ulong[] Prefix { get; }

    /// <summary>The last 1, 2, 3 and 4 letters, folded: <c>Suffix[k][i]</c> is word i's last k + 1.</summary>
    public ulong[][] Suffix { get; }

    /// <summary>The word's fine and coarse cluster (<see cref="WordClusters.Unknown"/> for a word the clusters lack).</summary>
    public int[] Fine { get; }

    public int[] Coarse { get; }

    /// <summary>
    /// CoNLL-2003 writes straight quotation marks and "--" for a dash; news pages write curly marks and em dashes.
    /// Read as CoNLL spells them, they get the weights CoNLL taught (a quotation mark is not a word to guess at).
    /// </summary>
    public static string AsConll(string word) => word switch
    {
        "“" or "”" or "„" or "«" or "»" => "\"",
        "‘" or "’" => "'",
        "—" or "–" or "―" => "--",
        _ => word.Replace('’', '\''),
    };
}
