using Dossier.Entities.Tagger;

namespace Dossier.Text;

/// <summary>
/// The feature templates of <see cref="SyntaxTagger"/>. Each feature is its template's number mixed with the values
/// it reads, so templates never collide (the numbers run from 901, as the committed model was hashed). A saved model
/// knows its features only by these hashes: changing a template, its number or its order means training again.
/// </summary>
internal static class SyntaxFeatures
{
    public const int PosWidth = 24;
    public const int ChunkWidth = 16;

    /// <summary>What a feature reads beyond the sentence's edges, or before the first word's history.</summary>
    private const ulong None = 0x5EED;

    /// <summary>
    /// Features of word i for the part-of-speech tagger: the word, its affixes, shape and clusters, its neighbours
    /// two either side, and the tags already given to the two words before it.
    /// </summary>
    public static void Pos(SyntaxWords w, int[] pos, int i, Span<ulong> x)
    {
        var p1 = i > 0 ? (ulong)pos[i - 1] : None;
        var p2 = i > 1 ? (ulong)pos[i - 2] : None;
        var k = 0;
        x[k++] = F(1, 1);
        x[k++] = F(2, w.Exact[i]);
        x[k++] = F(3, w.Lower[i]);
        x[k++] = F(4, w.Suffix[0][i]);
        x[k++] = F(5, w.Suffix[1][i]);
        x[k++] = F(6, w.Suffix[2][i]);
        x[k++] = F(7, w.Suffix[3][i]);
        x[k++] = F(8, w.Prefix[i]);
        x[k++] = F(9, w.Shape[i]);
        x[k++] = F(10, p1);
        x[k++] = F(11, p1, p2);
        x[k++] = F(12, p1, w.Lower[i]);
        x[k++] = F(13, At(w.Lower, i - 1));
        x[k++] = F(14, At(w.Lower, i + 1));
        x[k++] = F(15, At(w.Lower, i - 2));
        x[k++] = F(16, At(w.Lower, i + 2));
        x[k++] = F(17, At(w.Suffix[2], i - 1));
        x[k++] = F(18, At(w.Suffix[2], i + 1));
        x[k++] = F(19, At(w.Fine, i));
        x[k++] = F(20, At(w.Coarse, i));
        x[k++] = F(21, At(w.Fine, i + 1));
        // a capital opening the sentence says less about a proper noun than one inside it
        x[k++] = F(22, i == 0 ? 1UL : 0UL, w.Shape[i]);
        x[k++] = F(23, At(w.Lower, i - 1), w.Lower[i]);
        x[k] = F(24, w.Lower[i], At(w.Lower, i + 1));
    }

    /// <summary>
    /// Features of word i for the chunker: mostly the sentence's tags (three either way), the chunk tag already
    /// given to the word before, and the word itself with its tag (for words such as "that" whose phrase varies).
    /// </summary>
    public static void Chunk(SyntaxWords w, int[] pos, int[] chunk, int i, Span<ulong> x)
    {
        ulong P(int j) => j >= 0 && j < pos.Length ? (ulong)pos[j] : None;
        var c1 = i > 0 ? (ulong)chunk[i - 1] : None;
        var k = 0;
        x[k++] = F(41, 1);
        x[k++] = F(42, P(i));
        x[k++] = F(43, P(i - 1), P(i));
        x[k++] = F(44, P(i), P(i + 1));
        x[k++] = F(45, P(i - 2), P(i - 1), P(i));
        x[k++] = F(46, P(i - 1), P(i), P(i + 1));
        x[k++] = F(47, P(i), P(i + 1), P(i + 2));
        x[k++] = F(48, c1);
        x[k++] = F(49, c1, P(i));
        x[k++] = F(50, c1, P(i - 1), P(i));
        x[k++] = F(51, w.Lower[i]);
        x[k++] = F(52, w.Lower[i], P(i));
        x[k++] = F(53, At(w.Lower, i - 1), P(i));
        x[k++] = F(54, At(w.Lower, i + 1), P(i));
        x[k++] = F(55, c1, w.Lower[i]);
        x[k] = F(56, P(i + 1), P(i + 2));
    }

    private static ulong F(int template, ulong a) => FeatureHash.Mix((ulong)template + 900, a);

    private static ulong F(int template, ulong a, ulong b) => FeatureHash.Mix((ulong)template + 900, a, b);

    private static ulong F(int template, ulong a, ulong b, ulong c) => FeatureHash.Mix((ulong)template + 900, a, b, c);

    private static ulong At(ulong[] v, int i) => i >= 0 && i < v.Length ? v[i] : None;

    // + 2 so that WordClusters.Unknown (-1) hashes as a small number like the clusters, not as 2^64 - 1
    private static ulong At(int[] v, int i) => i >= 0 && i < v.Length ? (ulong)(v[i] + 2) : None;
}
