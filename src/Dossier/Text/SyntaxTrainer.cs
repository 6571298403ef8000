using Dossier.Text.Learning;

namespace Dossier.Text;

/// <summary>
/// Trains <see cref="SyntaxTagger"/> on CoNLL-2003's part-of-speech and chunk columns. Each epoch walks the sentences
/// in a seeded shuffled order, so the same data always gives the same model, byte for byte; the history features read
/// the tagger's own earlier guesses, as tagging will, not the gold tags, and the chunker learns from the tags the
/// part-of-speech tagger guessed, mistakes included.
/// </summary>
public static class SyntaxTrainer
{
    public static SyntaxTagger Train(IReadOnlyList<TaggedSentence> sentences, int epochs, Action<string>? log = null)
    {
        var posLabels = LabelSet(sentences.SelectMany(s => s.Pos));
        var chunkLabels = LabelSet(sentences.SelectMany(s => s.Chunk));
        var posIndex = IndexOf(posLabels);
        var chunkIndex = IndexOf(chunkLabels);
        var pos = HashedPerceptron.ForTraining(posLabels.Length, SyntaxTagger.Bits);
        var chunk = HashedPerceptron.ForTraining(chunkLabels.Length, SyntaxTagger.Bits);
        var words = sentences.Select(s => new SyntaxWords(s.Words)).ToArray();
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(1);
        Span<float> scores = stackalloc float[Math.Max(posLabels.Length, chunkLabels.Length)];
        for (var e = 0; e < epochs; e++)
        {
            random.Shuffle(order);
            int right = 0, total = 0;
            foreach (var k in order)
            {
                var (s, w) = (sentences[k], words[k]);
                var guessPos = new int[w.Count];
                var guessChunk = new int[w.Count];
                SyntaxTagger.Decode(guessPos, pos, scores, SyntaxFeatures.PosWidth, (i, x) => SyntaxFeatures.Pos(w, guessPos, i, x), (i, x, guess) =>
                {
                    var truth = posIndex[s.Pos[i]];
                    pos.Learn(x, truth, guess);
                    right += guess == truth ? 1 : 0;
                    total++;
                });
                SyntaxTagger.Decode(guessChunk, chunk, scores, SyntaxFeatures.ChunkWidth, (i, x) => SyntaxFeatures.Chunk(w, guessPos, guessChunk, i, x),
                    (i, x, guess) => chunk.Learn(x, chunkIndex[s.Chunk[i]], guess));
            }
            log?.Invoke($"epoch {e + 1}: part-of-speech accuracy in training {right / (double)Math.Max(1, total):F4}");
        }
        return new SyntaxTagger(posLabels, chunkLabels, pos.Averaged(), chunk.Averaged());
    }

    // ordinal order, so a label's index (and so the saved model) does not depend on the order sentences come in
    private static string[] LabelSet(IEnumerable<string> tags) => [.. tags.Distinct().Order(StringComparer.Ordinal)];

    private static Dictionary<string, int> IndexOf(string[] labels) =>
        labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
}
