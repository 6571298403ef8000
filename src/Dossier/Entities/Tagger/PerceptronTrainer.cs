namespace Dossier.Entities.Tagger;

/// <summary>
/// Averaged perceptron over the greedy decoder: documents in a seeded shuffled order, the decoder's own earlier
/// labels as history (as at tagging time), and on a mistake +1 to the gold label's weights and -1 to the guess's.
/// The averaged weights (lazily accumulated) are what is kept: they generalise far better than the last ones.
/// </summary>
public sealed class PerceptronTrainer
{
    private readonly TaggerModel _model;
    private readonly double[] _totals = new double[TaggerModel.Buckets * NerLabels.Count];
    private readonly int[] _stamps = new int[TaggerModel.Buckets * NerLabels.Count];
    private int _step;

    public PerceptronTrainer(WordClusters clusters) => _model = TaggerModel.Dense(clusters);

    public TaggerModel Train(IReadOnlyList<ConllDocument> docs, int epochs, int seed, Action<int, double>? progress = null)
    {
        var order = Enumerable.Range(0, docs.Count).ToArray();
        var random = new Random(seed);
        var prepared = docs.Select(d => (Words: d.Sentences.Where(s => !s.IsDocStart).Select(s => s.Words).ToArray(),
            Gold: d.Sentences.Where(s => !s.IsDocStart).Select(s => s.Labels()).ToArray())).ToArray();
        Span<ulong> features = stackalloc ulong[GreedyDecoder.Width];
        Span<float> scores = stackalloc float[NerLabels.Count];
        for (var e = 0; e < epochs; e++)
        {
            random.Shuffle(order);
            int tokens = 0, wrong = 0;
            foreach (var d in order)
            {
                var (words, gold) = prepared[d];
                var doc = new DocumentContext(words);
                for (var s = 0; s < words.Length; s++)
                {
                    var sf = new SentenceFeatures(words[s], doc, _model.Clusters);
                    var labels = new int[words[s].Length];
                    for (var i = 0; i < labels.Length; i++)
                    {
                        _step++;
                        GreedyDecoder.Collect(sf, i, labels, doc, features);
                        var guess = GreedyDecoder.Best(_model, features, i > 0 ? labels[i - 1] : NerLabels.O, scores);
                        var truth = gold[s][i];
                        if (guess != truth)
                        {
                            wrong++;
                            foreach (var f in features)
                            {
                                Update(f, truth, 1f);
                                Update(f, guess, -1f);
                            }
                        }
                        labels[i] = guess;
                        tokens++;
                        if (sf.Capitalized[i]) doc.Remember(sf.Folded[i], guess);
                    }
                }
            }
            progress?.Invoke(e + 1, 1.0 - (double)wrong / tokens);
        }
        return Averaged();
    }

    private void Update(ulong feature, int label, float delta)
    {
        var row = _model.Row(feature);
        if (row < 0) return;
        var at = row + label;
        var w = _model.Weights;
        _totals[at] += (double)(_step - _stamps[at]) * w[at];
        _stamps[at] = _step;
        w[at] += delta;
    }

    private TaggerModel Averaged()
    {
        var w = _model.Weights;
        var avg = TaggerModel.Dense(_model.Clusters);
        for (var at = 0; at < w.Length; at++)
        {
            var total = _totals[at] + (double)(_step - _stamps[at]) * w[at];
            avg.Weights[at] = (float)(total / Math.Max(1, _step));
        }
        return avg;
    }
}
