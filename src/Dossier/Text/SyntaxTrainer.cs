using Dossier.Text.Learning;

namespace Dossier.Text;

/// <summary>One sentence of a CoNLL-2003 column file: words, part-of-speech tags and chunk tags.</summary>
internal sealed record TaggedSentence(string[] Words, string[] Pos, string[] Chunk);

/// <summary>
/// Trains <see cref="SyntaxTagger"/> on CoNLL-2003's part-of-speech and chunk columns and measures it. Each epoch walks
/// the sentences in a seeded shuffled order; the history features read the tagger's own earlier guesses, as tagging
/// will, not the gold tags.
/// </summary>
internal static class SyntaxTrainer
{
    /// <summary>Reads "word POS chunk NER" lines; "-DOCSTART-" lines and blank lines end sentences.</summary>
    public static List<TaggedSentence> Read(string path)
    {
        var list = new List<TaggedSentence>();
        var rows = new List<string[]>();
        void End()
        {
            if (rows.Count > 0) list.Add(new TaggedSentence([.. rows.Select(r => r[0])], [.. rows.Select(r => r[1])], [.. rows.Select(r => r[2])]));
            rows.Clear();
        }
        foreach (var line in File.ReadLines(path))
        {
            var cols = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (cols.Length < 3 || cols[0] == "-DOCSTART-") { End(); continue; }
            rows.Add(cols);
        }
        End();
        return list;
    }

    public static SyntaxTagger Train(IReadOnlyList<TaggedSentence> sentences, int epochs, Action<string>? log = null)
    {
        var posLabels = sentences.SelectMany(s => s.Pos).Distinct().Order(StringComparer.Ordinal).ToArray();
        var chunkLabels = sentences.SelectMany(s => s.Chunk).Distinct().Order(StringComparer.Ordinal).ToArray();
        var posIndex = posLabels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i);
        var chunkIndex = chunkLabels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i);
        var pos = HashedPerceptron.ForTraining(posLabels.Length, SyntaxTagger.Bits);
        var chunk = HashedPerceptron.ForTraining(chunkLabels.Length, SyntaxTagger.Bits);
        var facts = sentences.Select(s => SyntaxTagger.Words.Of(s.Words)).ToArray();
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(1);
        Span<float> scores = stackalloc float[Math.Max(posLabels.Length, chunkLabels.Length)];
        var x = new ulong[24];
        var y = new ulong[16];
        for (var e = 0; e < epochs; e++)
        {
            random.Shuffle(order);
            int right = 0, total = 0;
            foreach (var k in order)
            {
                var s = sentences[k];
                var guessPos = new int[s.Words.Length];
                for (var i = 0; i < guessPos.Length; i++)
                {
                    SyntaxTagger.PosFeatures(facts[k], guessPos, i, x);
                    var guess = pos.Best(x, scores[..posLabels.Length]);
                    var truth = posIndex[s.Pos[i]];
                    pos.Learn(x, truth, guess);
                    guessPos[i] = guess;
                    right += guess == truth ? 1 : 0;
                    total++;
                }
                var guessChunk = new int[s.Words.Length];
                for (var i = 0; i < guessChunk.Length; i++)
                {
                    SyntaxTagger.ChunkFeatures(facts[k], guessPos, guessChunk, i, y);
                    var guess = chunk.Best(y, scores[..chunkLabels.Length]);
                    chunk.Learn(y, chunkIndex[s.Chunk[i]], guess);
                    guessChunk[i] = guess;
                }
            }
            log?.Invoke($"epoch {e + 1}: part-of-speech accuracy in training {right / (double)Math.Max(1, total):F4}");
        }
        return new SyntaxTagger(posLabels, chunkLabels, pos.Averaged(), chunk.Averaged());
    }

    /// <summary>Token accuracy of the tags, and F1 of the chunks as whole phrases (type and both edges).</summary>
    public static (double Pos, double ChunkF1) Measure(SyntaxTagger tagger, IReadOnlyList<TaggedSentence> sentences)
    {
        int right = 0, total = 0, found = 0, gold = 0, both = 0;
        foreach (var s in sentences)
        {
            var t = tagger.Tag(s.Words);
            for (var i = 0; i < s.Words.Length; i++) right += t.Pos[i] == s.Pos[i] ? 1 : 0;
            total += s.Words.Length;
            var g = Phrases(s.Chunk);
            var p = Phrases(t.Chunk);
            gold += g.Count;
            found += p.Count;
            both += p.Count(g.Contains);
        }
        var precision = both / (double)Math.Max(1, found);
        var recall = both / (double)Math.Max(1, gold);
        return (right / (double)Math.Max(1, total), precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0);
    }

    /// <summary>The chunks of an IOB2 sequence as (type, first, last).</summary>
    public static HashSet<(string Type, int First, int Last)> Phrases(string[] tags)
    {
        var set = new HashSet<(string, int, int)>();
        for (var i = 0; i < tags.Length; i++)
        {
            if (tags[i].Length < 3) continue;
            var type = tags[i][2..];
            var e = i;
            while (e + 1 < tags.Length && tags[e + 1] == "I-" + type) e++;
            set.Add((type, i, e));
            i = e;
        }
        return set;
    }
}
