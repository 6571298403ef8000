using static Dossier.Entities.Tagger.FeatureHash;

namespace Dossier.Entities.Tagger;

/// <summary>
/// Tags a document left to right, one token at a time: each label is the best-scoring one that may follow the
/// label before it, given the static features and the two labels already chosen. Greedy decoding with label
/// history is as accurate as Viterbi for this task and needs no lattice, which keeps tagging fast.
/// </summary>
public sealed class GreedyDecoder(TaggerModel model)
{
    public const int Dynamic = 6;
    public const int Width = SentenceFeatures.PerToken + Dynamic;

    public int[][] Tag(IReadOnlyList<string[]> sentences)
    {
        var doc = new DocumentContext(sentences);
        var result = new int[sentences.Count][];
        Span<ulong> features = stackalloc ulong[Width];
        Span<float> scores = stackalloc float[NerLabels.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            var sf = new SentenceFeatures(sentences[s], doc, model.Clusters);
            var labels = result[s] = new int[sentences[s].Length];
            for (var i = 0; i < labels.Length; i++)
            {
                Collect(sf, i, labels, doc, features);
                labels[i] = Best(model, features, i > 0 ? labels[i - 1] : NerLabels.O, scores);
                if (sf.Capitalized[i]) doc.Remember(sf.Folded[i], labels[i]);
            }
        }
        return result;
    }

    /// <summary>Static features of token i followed by those of the labels chosen before it.</summary>
    internal static void Collect(SentenceFeatures sf, int i, int[] labels, DocumentContext doc, Span<ulong> into)
    {
        sf.Static.AsSpan(i * SentenceFeatures.PerToken, SentenceFeatures.PerToken).CopyTo(into);
        var d = into[SentenceFeatures.PerToken..];
        var p1 = (ulong)(i > 0 ? labels[i - 1] : 20);
        var p2 = (ulong)(i > 1 ? labels[i - 2] : 20);
        d[0] = Mix(60, p1);
        d[1] = Mix(61, p1, p2);
        d[2] = Mix(62, p1, sf.Folded[i]);
        d[3] = Mix(63, p1, sf.Shape[i]);
        if (sf.Capitalized[i])
        {
            var earlier = (ulong)(doc.Earlier(sf.Folded[i]) + 1);
            d[4] = Mix(64, earlier);
            d[5] = Mix(65, earlier, sf.Shape[i]);
        }
        else
        {
            d[4] = d[5] = 0;
        }
    }

    internal static int Best(TaggerModel model, ReadOnlySpan<ulong> features, int previous, Span<float> scores)
    {
        scores.Clear();
        foreach (var f in features) model.AddScores(f, scores);
        var best = NerLabels.O;
        for (var l = 1; l < scores.Length; l++)
            if (scores[l] > scores[best] && NerLabels.Allowed(previous, l)) best = l;
        return best;
    }
}
