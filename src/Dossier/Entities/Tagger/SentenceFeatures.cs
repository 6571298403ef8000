using static Dossier.Entities.Tagger.FeatureHash;

namespace Dossier.Entities.Tagger;

/// <summary>
/// The features of one sentence that do not depend on the labels being chosen, as hashes, computed once:
/// the word, its lower-cased form, shapes, prefixes and suffixes of one to four letters, the words and shapes two
/// either side, casing patterns, the sentence-opening flag, gazetteer flags, word clusters (of the word and its
/// neighbours) and what the document says about the word. Label-history features are added while decoding (<see cref="ViterbiDecoder"/>).
/// </summary>
internal sealed class SentenceFeatures
{
    public const int PerToken = 44;

    /// <summary>Static features, <see cref="PerToken"/> slots a token (unused slots hold 0, which scores nothing).</summary>
    public ulong[] Static { get; }

    /// <summary>The lower-cased, digit-folded word hash of each token, shared with the label-history features.</summary>
    public ulong[] Folded { get; }

    public ulong[] Shape { get; }

    public bool[] Capitalized { get; }

    public SentenceFeatures(string[] words, DocumentContext doc, WordClusters clusters)
    {
        var n = words.Length;
        Folded = new ulong[n];
        Shape = new ulong[n];
        Capitalized = new bool[n];
        var exact = new ulong[n];
        var fine = new ulong[n];
        var coarse = new ulong[n];
        for (var i = 0; i < n; i++)
        {
            exact[i] = Of(words[i]);
            var (f, c) = clusters.Of(exact[i]);
            (fine[i], coarse[i]) = ((ulong)(f + 2), (ulong)(c + 2));
            Folded[i] = Folded(words[i]);
            Shape[i] = WordShape.Short(words[i]);
            Capitalized[i] = WordShape.IsCapitalized(words[i]);
        }
        var gazetteer = GazetteerFlags.Of(words);
        var shouted = words.Count(WordShape.IsShouted);
        var casing = shouted * 2 > n ? 2UL : words.Skip(1).Count(WordShape.IsCapitalized) * 2 > n ? 1UL : 0UL;
        Static = new ulong[n * PerToken];
        for (var i = 0; i < n; i++)
        {
            var f = new Span<ulong>(Static, i * PerToken, PerToken);
            var k = 0;
            var w = words[i].AsSpan();
            f[k++] = Mix(1, 0);
            f[k++] = Mix(2, exact[i]);
            f[k++] = Mix(3, Folded[i]);
            f[k++] = Mix(4, Shape[i]);
            f[k++] = Mix(5, WordShape.Long(w));
            for (var a = 1; a <= 4 && a <= w.Length; a++)
            {
                f[k++] = Mix(10 + (ulong)a, Folded(w[..a]));
                f[k++] = Mix(20 + (ulong)a, Folded(w[^a..]));
            }
            var prev = i > 0 ? Folded[i - 1] : 1;
            var prev2 = i > 1 ? Folded[i - 2] : 2;
            var next = i + 1 < n ? Folded[i + 1] : 3;
            var next2 = i + 2 < n ? Folded[i + 2] : 4;
            var prevShape = i > 0 ? Shape[i - 1] : 1;
            var nextShape = i + 1 < n ? Shape[i + 1] : 3;
            f[k++] = Mix(30, prev);
            f[k++] = Mix(31, next);
            f[k++] = Mix(32, prev2);
            f[k++] = Mix(33, next2);
            f[k++] = Mix(34, prev, Folded[i]);
            f[k++] = Mix(35, Folded[i], next);
            f[k++] = Mix(36, prevShape);
            f[k++] = Mix(37, nextShape);
            f[k++] = Mix(38, prevShape, Shape[i], nextShape);
            f[k++] = Mix(39, prev, Shape[i]);
            f[k++] = Mix(40, Shape[i], next);
            f[k++] = Mix(41, i == 0 ? 1UL : 0UL, Shape[i]);
            f[k++] = Mix(42, casing, Shape[i]);
            f[k++] = Mix(43, casing, Folded[i]);
            f[k++] = Mix(44, gazetteer[i]);
            f[k++] = Mix(45, i > 0 ? gazetteer[i - 1] : 99UL, gazetteer[i], i + 1 < n ? gazetteer[i + 1] : 99UL);
            f[k++] = Mix(46, gazetteer[i], Shape[i]);
            if (Capitalized[i] || WordShape.IsShouted(words[i]))
            {
                var lower = doc.SeenLower(Folded[i]);
                var cap = doc.SeenCapitalized(Folded[i]);
                f[k++] = Mix(50, lower ? 1UL : 0UL, cap ? 1UL : 0UL);
                f[k++] = Mix(51, lower ? 1UL : 0UL, i == 0 ? 1UL : 0UL, casing);
                f[k++] = Mix(52, cap ? 1UL : 0UL, casing, Shape[i]);
            }
            f[k++] = Mix(53, (ulong)Math.Min(n, 6), i == 0 ? 1UL : 0UL);
            f[k++] = Mix(70, fine[i]);
            f[k++] = Mix(71, coarse[i]);
            f[k++] = Mix(72, i > 0 ? fine[i - 1] : 0UL);
            f[k++] = Mix(73, i + 1 < n ? fine[i + 1] : 0UL);
            f[k++] = Mix(74, coarse[i], Shape[i]);
            f[k++] = Mix(75, i > 0 ? fine[i - 1] : 0UL, fine[i]);
            f[k++] = Mix(76, fine[i], i + 1 < n ? fine[i + 1] : 0UL);
        }
    }
}
