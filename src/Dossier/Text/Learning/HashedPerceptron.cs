using System.IO.Compression;

namespace Dossier.Text.Learning;

/// <summary>
/// A multi-class averaged perceptron over hashed features: one row of label weights per hash bucket.
/// Small and self-contained so the quote models (cue tagger, role tagger) travel in one embedded file, and the
/// syntax tagger (parts of speech, chunks) in another.
/// Training keeps the running sums for the averaged weights; <see cref="Averaged"/> returns the model to keep.
/// </summary>
internal sealed class HashedPerceptron
{
    public const int Bits = 20;

    private readonly int _bits;
    private readonly float[] _w;
    private readonly double[]? _totals;
    private readonly int[]? _stamps;
    private int _step;

    private HashedPerceptron(int labels, float[] w, bool training, int bits)
    {
        Labels = labels;
        _bits = bits;
        _w = w;
        if (!training) return;
        _totals = new double[w.Length];
        _stamps = new int[w.Length];
    }

    public int Labels { get; }

    /// <param name="bits">log2 of the hash buckets: 20 for the quote models; a model with many labels takes fewer.</param>
    public static HashedPerceptron ForTraining(int labels, int bits = Bits) => new(labels, new float[(1 << bits) * labels], true, bits);

    private int Buckets => 1 << _bits;

    private int Row(ulong feature) => (int)(feature >> (64 - _bits)) * Labels;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var f in features)
        {
            var row = Row(f);
            for (var l = 0; l < Labels; l++) scores[l] += _w[row + l];
        }
    }

    public int Best(ReadOnlySpan<ulong> features, Span<float> scores, ReadOnlySpan<bool> allowed = default)
    {
        Score(features, scores);
        var best = -1;
        for (var l = 0; l < Labels; l++)
        {
            if (!allowed.IsEmpty && !allowed[l]) continue;
            if (best < 0 || scores[l] > scores[best]) best = l;
        }
        return best;
    }

    /// <summary>Counts one training decision; on a mistake moves weight from the guess to the truth.</summary>
    public void Learn(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        _step++;
        if (truth == guess) return;
        foreach (var f in features)
        {
            var row = Row(f);
            Bump(row + truth, 1f);
            Bump(row + guess, -1f);
        }
    }

    /// <summary>Moves one label's weights for the features (structured updates); <see cref="Tick"/> counts the example.</summary>
    public void Update(ReadOnlySpan<ulong> features, int label, float delta)
    {
        foreach (var f in features) Bump(Row(f) + label, delta);
    }

    public void Tick() => _step++;

    private void Bump(int at, float delta)
    {
        _totals![at] += (double)(_step - _stamps![at]) * _w[at];
        _stamps[at] = _step;
        _w[at] += delta;
    }

    public HashedPerceptron Averaged()
    {
        var avg = new float[_w.Length];
        for (var at = 0; at < _w.Length; at++)
            avg[at] = (float)((_totals![at] + (double)(_step - _stamps![at]) * _w[at]) / Math.Max(1, _step));
        return new HashedPerceptron(Labels, avg, false, _bits);
    }

    /// <summary>Writes the rows whose largest weight reaches <paramref name="minWeight"/>, quantised to 16 bits.</summary>
    public void Write(BinaryWriter w, float minWeight)
    {
        var keep = new List<int>();
        var max = 0f;
        for (var b = 0; b < Buckets; b++)
        {
            var big = 0f;
            for (var l = 0; l < Labels; l++) big = Math.Max(big, Math.Abs(_w[b * Labels + l]));
            if (big < minWeight) continue;
            keep.Add(b);
            max = Math.Max(max, big);
        }
        var scale = max > 0 ? 32767f / max : 1f;
        w.Write(Labels);
        w.Write(keep.Count);
        w.Write(scale);
        var last = 0;
        foreach (var b in keep) { w.Write7BitEncodedInt(b - last); last = b; }
        for (var l = 0; l < Labels; l++)
            foreach (var b in keep) w.Write((short)Math.Round(_w[b * Labels + l] * scale));
    }

    public static HashedPerceptron Read(BinaryReader r, int bits = Bits)
    {
        var labels = r.ReadInt32();
        var rows = r.ReadInt32();
        var scale = r.ReadSingle();
        var buckets = new int[rows];
        var last = 0;
        for (var i = 0; i < rows; i++) { last += r.Read7BitEncodedInt(); buckets[i] = last; }
        var w = new float[(1 << bits) * labels];
        for (var l = 0; l < labels; l++)
            for (var i = 0; i < rows; i++) w[buckets[i] * labels + l] = r.ReadInt16() / scale;
        return new HashedPerceptron(labels, w, false, bits);
    }
}
