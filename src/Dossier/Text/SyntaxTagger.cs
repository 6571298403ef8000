using System.IO.Compression;
using Dossier.Text.Learning;

namespace Dossier.Text;

/// <summary>
/// Parts of speech and phrase chunks, as CoNLL-2003's Reuters columns mark them: two greedy left-to-right averaged
/// perceptrons, the chunker reading the tags the first gave. The quote cue tagger reads them so that a verb it never
/// saw ("bristled", "quipped") is still known for a verb, and the end of its verb group for where a cue ends.
/// Trained by <c>dossier train syntax</c> (<see cref="SyntaxTrainer"/>); the committed model is embedded (Text/Models/syntax.bin).
/// </summary>
public sealed class SyntaxTagger
{
    public const string ResourceName = "Dossier.Text.Models.syntax.bin";

    /// <summary>log2 of the hash buckets: fewer than the quote models' 20, since each bucket holds a weight for each of 45 tags.</summary>
    internal const int Bits = 18;

    private const uint Magic = 0x31584E53; // "SNX1"

    private static readonly Lazy<SyntaxTagger?> EmbeddedModel = new(LoadEmbedded);

    private readonly string[] _posLabels;
    private readonly string[] _chunkLabels;
    private readonly HashedPerceptron _pos;
    private readonly HashedPerceptron _chunk;

    internal SyntaxTagger(string[] posLabels, string[] chunkLabels, HashedPerceptron pos, HashedPerceptron chunk)
    {
        _posLabels = posLabels;
        _chunkLabels = chunkLabels;
        _pos = pos;
        _chunk = chunk;
    }

    /// <summary>The committed model, or null when the assembly carries none.</summary>
    public static SyntaxTagger? Embedded => EmbeddedModel.Value;

    /// <summary>The part-of-speech tags, in the order of the indexes <see cref="Labels"/> returns.</summary>
    public IReadOnlyList<string> PosLabels => _posLabels;

    public IReadOnlyList<string> ChunkLabels => _chunkLabels;

    public SyntaxTags Tag(IReadOnlyList<string> words)
    {
        var (pos, chunk) = Labels(words);
        return new SyntaxTags([.. pos.Select(p => _posLabels[p])], [.. chunk.Select(c => _chunkLabels[c])]);
    }

    /// <summary>Label indexes (into <see cref="PosLabels"/>, <see cref="ChunkLabels"/>) for each word: what features read.</summary>
    public (int[] Pos, int[] Chunk) Labels(IReadOnlyList<string> words)
    {
        var w = new SyntaxWords(words);
        var pos = new int[w.Count];
        var chunk = new int[w.Count];
        Span<float> scores = stackalloc float[Math.Max(_posLabels.Length, _chunkLabels.Length)];
        Decode(pos, _pos, scores, SyntaxFeatures.PosWidth, (i, x) => SyntaxFeatures.Pos(w, pos, i, x));
        Decode(chunk, _chunk, scores, SyntaxFeatures.ChunkWidth, (i, x) => SyntaxFeatures.Chunk(w, pos, chunk, i, x));
        return (pos, chunk);
    }

    /// <summary>
    /// Greedy left to right: each word's features read the labels already given to the words before it. Training
    /// passes <paramref name="learn"/>, which sees each guess before the next word is tagged, so that the history
    /// features learn from the model's own earlier guesses, as they will be when tagging, not from the gold tags.
    /// </summary>
    internal static void Decode(int[] labels, HashedPerceptron model, Span<float> scores, int width,
        Action<int, ulong[]> features, Action<int, ulong[], int>? learn = null)
    {
        var x = new ulong[width];
        scores = scores[..model.Labels];
        for (var i = 0; i < labels.Length; i++)
        {
            features(i, x);
            labels[i] = model.Best(x, scores);
            learn?.Invoke(i, x, labels[i]);
        }
    }

    public void Save(Stream output, float minWeight)
    {
        using var brotli = new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(brotli);
        w.Write(Magic);
        w.Write(Bits);
        foreach (var labels in new[] { _posLabels, _chunkLabels })
        {
            w.Write(labels.Length);
            foreach (var l in labels) w.Write(l);
        }
        _pos.Write(w, minWeight);
        _chunk.Write(w, minWeight);
    }

    public static SyntaxTagger Load(Stream input)
    {
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var r = new BinaryReader(new BufferedStream(brotli, 1 << 16));
        if (r.ReadUInt32() != Magic) throw new InvalidDataException("not a Dossier syntax model");
        if (r.ReadInt32() != Bits) throw new InvalidDataException("syntax model hashed with another table size");
        string[] Labels() => [.. Enumerable.Range(0, r.ReadInt32()).Select(_ => r.ReadString())];
        var pos = Labels();
        var chunk = Labels();
        return new SyntaxTagger(pos, chunk, HashedPerceptron.Read(r, Bits), HashedPerceptron.Read(r, Bits));
    }

    /// <summary>A model file other than the embedded one (a fresh `train syntax`, experiments).</summary>
    public static SyntaxTagger FromFile(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file);
    }

    private static SyntaxTagger? LoadEmbedded()
    {
        using var stream = typeof(SyntaxTagger).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Load(stream);
    }
}
