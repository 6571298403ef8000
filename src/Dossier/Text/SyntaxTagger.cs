using System.IO.Compression;
using Dossier.Entities.Tagger;
using Dossier.Text.Learning;

namespace Dossier.Text;

/// <summary>The part of speech (Penn Treebank tag) and phrase chunk (IOB2: B-NP, I-VP, …) of each word of a sentence.</summary>
internal sealed record SyntaxTags(string[] Pos, string[] Chunk);

/// <summary>
/// Parts of speech and phrase chunks, as CoNLL-2003's Reuters columns mark them: two greedy left-to-right averaged
/// perceptrons, the chunker reading the tags the first gave. The quote cue tagger reads them so that a verb it never
/// saw ("bristled", "quipped") is still known for a verb, and the end of its verb group for where a cue ends.
/// Trained by <c>dossier train syntax</c>; the committed model is embedded (Text/Models/syntax.bin).
/// </summary>
internal sealed class SyntaxTagger
{
    private const uint Magic = 0x31584E53; // "SNX1"
    public const int Bits = 18;
    public const string ResourceName = "Dossier.Text.Models.syntax.bin";
    private const int PosWidth = 24;
    private const int ChunkWidth = 16;
    private const ulong None = 0x5EED;

    private static readonly Lazy<SyntaxTagger?> EmbeddedModel = new(LoadEmbedded);

    private readonly HashedPerceptron _pos;
    private readonly HashedPerceptron _chunk;

    public SyntaxTagger(string[] posLabels, string[] chunkLabels, HashedPerceptron pos, HashedPerceptron chunk)
    {
        PosLabels = posLabels;
        ChunkLabels = chunkLabels;
        _pos = pos;
        _chunk = chunk;
    }

    /// <summary>The committed model, or null when the assembly carries none.</summary>
    public static SyntaxTagger? Embedded => EmbeddedModel.Value;

    public string[] PosLabels { get; }

    public string[] ChunkLabels { get; }

    public SyntaxTags Tag(IReadOnlyList<string> words)
    {
        var (pos, chunk) = Labels(words);
        return new SyntaxTags([.. pos.Select(p => PosLabels[p])], [.. chunk.Select(p => ChunkLabels[p])]);
    }

    /// <summary>Label indexes (into <see cref="PosLabels"/>, <see cref="ChunkLabels"/>) for each word.</summary>
    public (int[] Pos, int[] Chunk) Labels(IReadOnlyList<string> words)
    {
        var w = Words.Of(words);
        var pos = new int[words.Count];
        var chunk = new int[words.Count];
        Span<float> scores = stackalloc float[Math.Max(PosLabels.Length, ChunkLabels.Length)];
        var x = new ulong[PosWidth];
        for (var i = 0; i < pos.Length; i++)
        {
            PosFeatures(w, pos, i, x);
            pos[i] = _pos.Best(x, scores[..PosLabels.Length]);
        }
        var y = new ulong[ChunkWidth];
        for (var i = 0; i < chunk.Length; i++)
        {
            ChunkFeatures(w, pos, chunk, i, y);
            chunk[i] = _chunk.Best(y, scores[..ChunkLabels.Length]);
        }
        return (pos, chunk);
    }

    /// <summary>Per-word facts the features read, computed once per sentence.</summary>
    internal sealed class Words
    {
        public required ulong[] Exact { get; init; }
        public required ulong[] Lower { get; init; }
        public required ulong[] Shape { get; init; }
        public required ulong[][] Suffix { get; init; }
        public required ulong[] Prefix { get; init; }
        public required int[] Fine { get; init; }
        public required int[] Coarse { get; init; }

        public static Words Of(IReadOnlyList<string> words)
        {
            var clusters = NerModel.Default.Clusters;
            var n = words.Count;
            var r = new Words
            {
                Exact = new ulong[n], Lower = new ulong[n], Shape = new ulong[n], Prefix = new ulong[n],
                Suffix = [new ulong[n], new ulong[n], new ulong[n], new ulong[n]], Fine = new int[n], Coarse = new int[n],
            };
            for (var i = 0; i < n; i++)
            {
                var t = Normal(words[i]);
                r.Exact[i] = FeatureHash.Of(t);
                r.Lower[i] = FeatureHash.Folded(t);
                r.Shape[i] = WordShape.Short(t);
                r.Prefix[i] = FeatureHash.Folded(t.AsSpan(0, Math.Min(2, t.Length)));
                for (var k = 0; k < 4; k++) r.Suffix[k][i] = FeatureHash.Folded(t.AsSpan(Math.Max(0, t.Length - k - 1)));
                (r.Fine[i], r.Coarse[i]) = clusters.Of(FeatureHash.Of(words[i]));
            }
            return r;
        }

        // CoNLL-2003 writes straight quotation marks and "--" dashes; news pages write curly ones and em dashes
        private static string Normal(string w) => w switch
        {
            "“" or "”" or "„" or "«" or "»" => "\"",
            "‘" or "’" => "'",
            "—" or "–" or "―" => "--",
            _ => w.Replace('’', '\''),
        };
    }

    private static ulong F(int t, ulong a) => FeatureHash.Mix((ulong)t + 900, a);

    private static ulong F(int t, ulong a, ulong b) => FeatureHash.Mix((ulong)t + 900, a, b);

    private static ulong F(int t, ulong a, ulong b, ulong c) => FeatureHash.Mix((ulong)t + 900, a, b, c);

    private static ulong At(ulong[] v, int i) => i >= 0 && i < v.Length ? v[i] : None;

    private static ulong At(int[] v, int i) => i >= 0 && i < v.Length ? (ulong)(v[i] + 2) : None;

    internal static void PosFeatures(Words w, int[] pos, int i, Span<ulong> x)
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
        x[k++] = F(22, i == 0 ? 1UL : 0UL, w.Shape[i]);
        x[k++] = F(23, At(w.Lower, i - 1), w.Lower[i]);
        x[k++] = F(24, w.Lower[i], At(w.Lower, i + 1));
    }

    internal static void ChunkFeatures(Words w, int[] pos, int[] chunk, int i, Span<ulong> x)
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
        x[k++] = F(56, P(i + 1), P(i + 2));
    }

    public void Save(Stream output, float minWeight)
    {
        using var brotli = new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(brotli);
        w.Write(Magic);
        w.Write(Bits);
        foreach (var labels in new[] { PosLabels, ChunkLabels })
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
