using System.IO.Compression;
using System.Numerics;

namespace Dossier.Entities.Tagger;

/// <summary>
/// Feature weights by hash bucket: one row of <see cref="NerLabels.Count"/> weights per bucket that has any.
/// Training fills every row (a dense table); the saved model keeps only rows with weights worth keeping,
/// quantised to 16 bits and Brotli-compressed, and loads back into a bucket → row index.
/// </summary>
public sealed class TaggerModel
{
    public const int Bits = 21;
    public const int Buckets = 1 << Bits;
    private const uint Magic = 0x3352454E; // "NER3"

    private readonly int[] _rowOf;
    private readonly float[] _weights;

    internal TaggerModel(int[] rowOf, float[] weights, WordClusters clusters)
    {
        _rowOf = rowOf;
        _weights = weights;
        Clusters = clusters;
    }

    internal static TaggerModel Dense(WordClusters clusters)
    {
        var rowOf = new int[Buckets];
        for (var b = 0; b < Buckets; b++) rowOf[b] = b * NerLabels.Count;
        return new TaggerModel(rowOf, new float[Buckets * NerLabels.Count], clusters);
    }

    /// <summary>The word clusters the features were computed with; they travel in the model file.</summary>
    public WordClusters Clusters { get; }

    /// <summary>The second-stage model, which also reads the first stage's labels across the document; null for one stage.</summary>
    public TaggerModel? Second { get; private set; }

    internal TaggerModel WithSecond(TaggerModel second)
    {
        Second = second;
        return this;
    }

    internal float[] Weights => _weights;

    public static int Bucket(ulong feature) => (int)(feature >> (64 - Bits));

    /// <summary>The first weight of the feature's row, or -1 when the model has none.</summary>
    public int Row(ulong feature) => feature == 0 ? -1 : _rowOf[Bucket(feature)];

    public void AddScores(ulong feature, Span<float> scores)
    {
        var row = Row(feature);
        if (row < 0) return;
        var w = _weights.AsSpan(row, NerLabels.Count);
        // SIMD over the row: the same additions in the same order per label, so scores are bit-identical.
        var l = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; l + Vector<float>.Count <= w.Length; l += Vector<float>.Count)
                (new Vector<float>(scores[l..]) + new Vector<float>(w[l..])).CopyTo(scores[l..]);
        }
        for (; l < w.Length; l++) scores[l] += w[l];
    }

    /// <summary>Writes rows whose largest weight reaches <paramref name="minWeight"/>; the rest barely move a decision.</summary>
    public void Save(Stream output, float minWeight)
    {
        using var brotli = new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(brotli);
        w.Write(Magic);
        w.Write(Bits);
        w.Write(NerLabels.Count);
        Clusters.Write(w);
        WriteRows(w, minWeight);
        w.Write(Second is not null);
        Second?.WriteRows(w, minWeight);
    }

    private void WriteRows(BinaryWriter w, float minWeight)
    {
        var l = NerLabels.Count;
        var keep = new List<int>();
        var max = 0f;
        for (var b = 0; b < Buckets; b++)
        {
            var row = _rowOf[b];
            if (row < 0) continue;
            var big = 0f;
            for (var k = 0; k < l; k++) big = Math.Max(big, Math.Abs(_weights[row + k]));
            if (big < minWeight) continue;
            keep.Add(b);
            max = Math.Max(max, big);
        }
        var scale = max > 0 ? 32767f / max : 1f;
        w.Write(keep.Count);
        w.Write(scale);
        var last = 0;
        // Buckets as deltas and weights label by label compress far better than raw rows.
        foreach (var b in keep) { w.Write7BitEncodedInt(b - last); last = b; }
        for (var k = 0; k < l; k++)
            foreach (var b in keep) w.Write((short)Math.Round(_weights[_rowOf[b] + k] * scale));
    }

    public static TaggerModel Load(Stream input)
    {
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var r = new BinaryReader(new BufferedStream(brotli, 1 << 16));
        if (r.ReadUInt32() != Magic) throw new InvalidDataException("not a Dossier NER model");
        if (r.ReadInt32() != Bits) throw new InvalidDataException("NER model hashed with another table size");
        if (r.ReadInt32() != NerLabels.Count) throw new InvalidDataException("NER model has another label set");
        var clusters = WordClusters.Read(r);
        var model = ReadRows(r, clusters);
        return r.ReadBoolean() ? model.WithSecond(ReadRows(r, clusters)) : model;
    }

    private static TaggerModel ReadRows(BinaryReader r, WordClusters clusters)
    {
        var l = NerLabels.Count;
        var rows = r.ReadInt32();
        var scale = r.ReadSingle();
        var rowOf = new int[Buckets];
        Array.Fill(rowOf, -1);
        var buckets = new int[rows];
        var last = 0;
        for (var i = 0; i < rows; i++)
        {
            last += r.Read7BitEncodedInt();
            buckets[i] = last;
            rowOf[last] = i * l;
        }
        var weights = new float[rows * l];
        for (var k = 0; k < l; k++)
            for (var i = 0; i < rows; i++) weights[i * l + k] = r.ReadInt16() / scale;
        return new TaggerModel(rowOf, weights, clusters);
    }
}
