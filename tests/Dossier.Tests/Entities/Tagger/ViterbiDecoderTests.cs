using Dossier.Entities.Tagger;

namespace Dossier.Tests.Entities.Tagger;

/// <summary>The decoder finds the best well-formed label sequence, the one an exhaustive search finds.</summary>
public sealed class ViterbiDecoderTests
{
    [Fact]
    public void Should_Find_The_Same_Best_Sequence_As_Exhaustive_Search()
    {
        // Given a model with random weights and a four-word sentence
        var model = TaggerModel.Dense(WordClusters.Empty);
        var random = new Random(7);
        for (var i = 0; i < model.Weights.Length; i++) model.Weights[i] = random.NextSingle() * 2 - 1;
        string[] words = ["Helmut", "Kohl", "visited", "Bonn"];
        var doc = new DocumentContext([words]);
        var sf = new SentenceFeatures(words, doc, model.Clusters);

        // When decoded
        var best = new ViterbiDecoder(model).Decode(sf, doc);

        // Then no well-formed sequence scores higher
        var bestSearched = float.NegativeInfinity;
        foreach (var labels in WellFormed(words.Length))
            bestSearched = Math.Max(bestSearched, Score(model, sf, doc, labels));
        Assert.Equal(bestSearched, Score(model, sf, doc, best), 3);
    }

    [Fact]
    public void Should_Never_Leave_A_Name_Open()
    {
        // Given the committed model and a headline that ends mid-name in many taggers' eyes
        string[] words = ["Talks", "with", "the", "European", "Union", "and", "Boris", "Yeltsin", "of"];

        // When decoded / Then every B- or I- label is followed by a label of the same name
        var labels = new ViterbiDecoder(NerModel.Default).Tag([words])[0];
        for (var i = 0; i < labels.Length; i++)
        {
            var previous = i > 0 ? labels[i - 1] : NerLabels.O;
            Assert.True(NerLabels.Allowed(previous, labels[i]), $"label {labels[i]} after {previous}");
        }
        Assert.False(NerLabels.IsOpen(labels[^1]));
    }

    private static float Score(TaggerModel model, SentenceFeatures sf, DocumentContext doc, int[] labels)
    {
        Span<ulong> features = stackalloc ulong[ViterbiDecoder.Width];
        Span<float> scores = stackalloc float[NerLabels.Count];
        var total = 0f;
        for (var i = 0; i < labels.Length; i++)
        {
            ViterbiDecoder.Collect(sf, i, labels, doc, features);
            scores.Clear();
            foreach (var f in features) model.AddScores(f, scores);
            total += scores[labels[i]];
        }
        return total;
    }

    private static IEnumerable<int[]> WellFormed(int n)
    {
        var labels = new int[n];
        IEnumerable<int[]> From(int i)
        {
            if (i == n)
            {
                if (!NerLabels.IsOpen(labels[n - 1])) yield return (int[])labels.Clone();
                yield break;
            }
            for (var l = 0; l < NerLabels.Count; l++)
            {
                if (!NerLabels.Allowed(i > 0 ? labels[i - 1] : NerLabels.O, l)) continue;
                labels[i] = l;
                foreach (var s in From(i + 1)) yield return s;
            }
        }
        return From(0);
    }
}
