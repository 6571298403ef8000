using static Dossier.Entities.Tagger.FeatureHash;

namespace Dossier.Entities.Tagger;

/// <summary>
/// Tags a document sentence by sentence with exact second-order Viterbi: the best label sequence given the static
/// features, the label before each token (alone, with the word, with its shape) and the two labels before it.
/// Greedy left-to-right decoding could not take a label back: a B-ORG chosen on "Ruch" forced "and French
/// President Jacques Chirac" into the same name. Label-only features are the same for every token, so their
/// weights are read once into tables; only the word- and shape-with-previous-label features are looked up per
/// token. Sentences are decoded in order, and what was found in one is remembered for the next (<see cref="DocumentContext"/>);
/// a model with a second stage then decodes the document again, reading the first pass's labels.
/// </summary>
public sealed class ViterbiDecoder
{
    public const int Dynamic = 9;
    public const int Width = SentenceFeatures.PerToken + Dynamic;

    private const int L = 17;

    /// <summary>The state before the first token, as a label index into the tables.</summary>
    private const int Start = L;

    private const int S = L + 1;

    /// <summary>The value a history label has in the feature hashes (the start state hashes as 20).</summary>
    private static ulong HashOf(int label) => label == Start ? 20UL : (ulong)label;

    private static readonly int[] StartOnly = [Start];

    /// <summary>Per label, the labels that may come before it, and after it (BILOU: a name once opened goes on).</summary>
    private static readonly int[][] Predecessors = [.. Enumerable.Range(0, L).Select(b => Enumerable.Range(0, L).Where(a => NerLabels.Allowed(a, b)).ToArray())];

    private static readonly int[][] Successors = [.. Enumerable.Range(0, L).Select(b => Enumerable.Range(0, L).Where(c => NerLabels.Allowed(b, c)).ToArray())];

    private readonly TaggerModel _model;
    private readonly ViterbiDecoder? _second;
    private readonly float[] _previous = new float[S * L];
    private readonly float[] _twoBefore = new float[S * S * L];
    private float[] _emission = [];
    private float[] _withPrevious = [];
    private float[] _delta = [];
    private byte[] _back = [];

    public ViterbiDecoder(TaggerModel model)
    {
        if (NerLabels.Count != L) throw new InvalidOperationException("label set changed");
        _model = model;
        _second = model.Second is { } second ? new ViterbiDecoder(second) : null;
        Refresh();
    }

    /// <summary>Rereads the label-only weights; the trainer calls it after changing the model.</summary>
    internal void Refresh()
    {
        Span<ulong> one = stackalloc ulong[1];
        for (var p1 = 0; p1 < S; p1++)
        {
            RowInto(Mix(60, HashOf(p1)), _previous.AsSpan(p1 * L, L));
            for (var p2 = 0; p2 < S; p2++) RowInto(Mix(61, HashOf(p1), HashOf(p2)), _twoBefore.AsSpan((p2 * S + p1) * L, L));
        }
    }

    private void RowInto(ulong feature, Span<float> into)
    {
        into.Clear();
        _model.AddScores(feature, into);
    }

    /// <summary>
    /// Tags a document. With a second-stage model (<see cref="TaggerModel.Second"/>) this is two passes: the
    /// second sees what the first called each word everywhere else in the document.
    /// </summary>
    public int[][] Tag(IReadOnlyList<string[]> sentences)
    {
        var doc = new DocumentContext(sentences);
        var features = sentences.Select(words => new SentenceFeatures(words, doc, _model.Clusters)).ToArray();
        var labels = Pass(features, doc);
        if (_second is null) return labels;
        doc.SetFirstPass(features, labels);
        return _second.Pass(features, doc);
    }

    internal int[][] Pass(SentenceFeatures[] sentences, DocumentContext doc)
    {
        var result = new int[sentences.Length][];
        for (var s = 0; s < sentences.Length; s++)
        {
            doc.Sentence = s;
            result[s] = Decode(sentences[s], doc);
            Remember(sentences[s], result[s], doc);
        }
        return result;
    }

    internal static void Remember(SentenceFeatures sf, int[] labels, DocumentContext doc)
    {
        for (var i = 0; i < labels.Length; i++)
            if (sf.Capitalized[i]) doc.Remember(sf.Folded[i], labels[i]);
    }

    /// <summary>The best label sequence for one sentence under the model's current weights.</summary>
    internal int[] Decode(SentenceFeatures sf, DocumentContext doc)
    {
        var n = sf.Folded.Length;
        var labels = new int[n];
        if (n == 0) return labels;
        Grow(n);
        Span<ulong> statics = stackalloc ulong[Width];
        for (var i = 0; i < n; i++)
        {
            var em = _emission.AsSpan(i * L, L);
            em.Clear();
            StaticInto(sf, i, doc, statics);
            foreach (var f in statics) _model.AddScores(f, em);
            var first = i == 0 ? Start : 0;
            var last = i == 0 ? Start : L - 1;
            for (var p = first; p <= last; p++)
            {
                var row = _withPrevious.AsSpan((i * S + p) * L, L);
                row.Clear();
                _model.AddScores(Mix(62, HashOf(p), sf.Folded[i]), row);
                _model.AddScores(Mix(63, HashOf(p), sf.Shape[i]), row);
            }
        }

        // delta[(a * L + b)]: the best score of labels up to token i ending with a at i-1 (or Start) and b at i.
        var delta = _delta.AsSpan(0, S * L);
        var next = _delta.AsSpan(S * L, S * L);
        delta.Fill(float.NegativeInfinity);
        for (var c = 0; c < L; c++)
            if (NerLabels.Allowed(NerLabels.O, c))
                delta[Start * L + c] = _emission[c] + _previous[Start * L + c] + _twoBefore[(Start * S + Start) * L + c] + _withPrevious[Start * L + c];
        for (var i = 1; i < n; i++)
        {
            next.Fill(float.NegativeInfinity);
            var back = _back.AsSpan(i * S * L, S * L);
            var em = _emission.AsSpan(i * L, L);
            var wp = _withPrevious.AsSpan(i * S * L, S * L);
            for (var b = 0; b < L; b++)
            {
                // the labels that may stand two before: Start only right after the sentence opens
                var before = i == 1 ? StartOnly : Predecessors[b];
                foreach (var c in Successors[b])
                {
                    var best = float.NegativeInfinity;
                    var from = -1;
                    foreach (var a in before)
                    {
                        var v = delta[a * L + b] + _twoBefore[(a * S + b) * L + c];
                        if (v > best) { best = v; from = a; }
                    }
                    if (from < 0) continue;
                    next[b * L + c] = best + em[c] + _previous[b * L + c] + wp[b * L + c];
                    back[b * L + c] = (byte)from;
                }
            }
            var t = delta;
            delta = next;
            next = t;
        }

        // The last label must close any name it is part of.
        var bestEnd = float.NegativeInfinity;
        int endA = Start, endB = NerLabels.O;
        for (var a = 0; a < S; a++)
        {
            for (var b = 0; b < L; b++)
            {
                var d = delta[a * L + b];
                if (d > bestEnd && !NerLabels.IsOpen(b)) { bestEnd = d; endA = a; endB = b; }
            }
        }
        labels[n - 1] = endB;
        if (n > 1) labels[n - 2] = endA;
        for (var i = n - 1; i >= 2; i--) labels[i - 2] = _back[i * S * L + labels[i - 1] * L + labels[i]];
        return labels;
    }

    private void Grow(int n)
    {
        if (_emission.Length >= n * L) return;
        var size = Math.Max(n, 64) * 2;
        _emission = new float[size * L];
        _withPrevious = new float[size * S * L];
        _back = new byte[size * S * L];
        if (_delta.Length == 0) _delta = new float[2 * S * L];
    }

    /// <summary>Token i's features that do not depend on labels in its sentence: the sentence's static ones and what the document tagged the word before.</summary>
    internal static void StaticInto(SentenceFeatures sf, int i, DocumentContext doc, Span<ulong> into)
    {
        sf.Static.AsSpan(i * SentenceFeatures.PerToken, SentenceFeatures.PerToken).CopyTo(into);
        var d = into[SentenceFeatures.PerToken..];
        d[0] = d[1] = d[2] = d[3] = 0;
        if (sf.Capitalized[i])
        {
            var earlier = (ulong)(doc.Earlier(sf.Folded[i]) + 1);
            d[4] = Mix(64, earlier);
            d[5] = Mix(65, earlier, sf.Shape[i]);
            // Only a second stage has first-stage labels; the first stage scores as if these features did not exist.
            if (doc.HasFirstPass)
            {
                var elsewhere = (ulong)doc.Elsewhere(sf.Folded[i], i);
                d[6] = Mix(66, elsewhere);
                d[7] = Mix(67, elsewhere, sf.Shape[i]);
                d[8] = Mix(68, (ulong)doc.InLongNameElsewhere(sf.Folded[i], i));
            }
            else
            {
                d[6] = d[7] = d[8] = 0;
            }
        }
        else
        {
            d[4] = d[5] = d[6] = d[7] = d[8] = 0;
        }
    }

    /// <summary>All features of token i given the labels before it (for training updates).</summary>
    internal static void Collect(SentenceFeatures sf, int i, int[] labels, DocumentContext doc, Span<ulong> into)
    {
        StaticInto(sf, i, doc, into);
        var d = into[SentenceFeatures.PerToken..];
        var p1 = HashOf(i > 0 ? labels[i - 1] : Start);
        var p2 = HashOf(i > 1 ? labels[i - 2] : Start);
        d[0] = Mix(60, p1);
        d[1] = Mix(61, p1, p2);
        d[2] = Mix(62, p1, sf.Folded[i]);
        d[3] = Mix(63, p1, sf.Shape[i]);
    }
}
