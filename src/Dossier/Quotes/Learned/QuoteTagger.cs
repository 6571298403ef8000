using Dossier.Model;
using Dossier.Text.Learning;

namespace Dossier.Quotes.Learned;

/// <summary>A cue found by the tagger (token range) with the source and content the role tagger gave it.</summary>
internal sealed record TaggedAttribution(int CueFirst, int CueLast, (int First, int Last)? Source, IReadOnlyList<(int First, int Last)> Content);

/// <summary>
/// The learned attribution reader. Step one tags cue tokens (B/I/O) over the whole article; step two, for each cue,
/// tags the tokens of its sentence (carried to the end of a quotation the sentence opens) as source or content
/// (B/I per role), reading features relative to the cue: side, distance, commas and quotation marks between,
/// the cue's own words. Greedy left-to-right decoding with the previous label as history, as in training.
/// </summary>
internal sealed class QuoteTagger(QuoteModels models)
{
    public const int O = 0, B = 1, I = 2;
    public const int BS = 1, IS = 2, BC = 3, IC = 4;
    public const int RoleLabels = 5;

    public IReadOnlyList<TaggedAttribution> Tag(QuoteContext c) => Tag(c, new TokenFacts(c));

    public IReadOnlyList<TaggedAttribution> Tag(QuoteContext c, TokenFacts f)
    {
        var cues = Cues(c, f, null);
        return [.. cues.Select(cue => Roles(c, f, cue, cues, null))];
    }

    /// <summary>
    /// Tags cues sentence by sentence (Viterbi over B/I/O, features reading the previous label); with
    /// <paramref name="gold"/> it also learns from the sentence (structured perceptron update).
    /// </summary>
    public List<(int First, int Last)> Cues(QuoteContext c, TokenFacts f, int[]? gold, HashedPerceptron? learner = null)
    {
        var model = learner ?? models.Cues;
        var labels = new int[c.Count];
        for (var s = 0; s < c.Sentences.Length; s++)
        {
            var start = c.SentenceFirstToken(s);
            var end = c.SentenceEndToken(s);
            if (end <= start) continue;
            ulong[] Features(int i, int prev)
            {
                var x = new ulong[QuoteFeatures.CueWidth];
                QuoteFeatures.Cue(c, f, i, prev, x);
                return x;
            }
            var path = DecodeCues(start, end, Features, model, learner is null ? OpeningBias : 0);
            if (gold is not null)
            {
                var truth = new int[end - start];
                for (var i = start; i < end; i++) truth[i - start] = gold[i] == I && (i == start || truth[i - start - 1] == O) ? B : gold[i];
                if (!truth.SequenceEqual(path))
                {
                    for (var i = start; i < end; i++)
                    {
                        var gp = i == start ? O : truth[i - start - 1];
                        var pp = i == start ? O : path[i - start - 1];
                        if (truth[i - start] == path[i - start] && gp == pp) continue;
                        learner!.Update(Features(i, gp), truth[i - start], 1f);
                        learner.Update(Features(i, pp), path[i - start], -1f);
                    }
                }
                learner!.Tick();
            }
            path.CopyTo(labels, start);
        }
        var found = new List<(int, int)>();
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] != B) continue;
            var e = i;
            while (e + 1 < labels.Length && labels[e + 1] == I) e++;
            found.Add((i, e));
            i = e;
        }
        return found;
    }

    /// <summary>
    /// Added to the score of opening a cue when tagging (not in training). The averaged perceptron is cautious with
    /// cues: on PolNeAR dev it tagged them at precision 0.82 and recall 0.60, and the cues it nearly opened are right
    /// often enough to take. Set on two held-out folds of train and dev (exact F1 source / cue / content; the weights'
    /// scale makes these the units): 0 gives 0.716 / 0.671 / 0.551 and 0.679 / 0.642 / 0.528 on the folds, 0.746 /
    /// 0.696 / 0.581 on dev; 10 gives 0.723 / 0.676 / 0.554, 0.684 / 0.648 / 0.526, 0.748 / 0.698 / 0.583; 15 gives
    /// 0.725 / 0.678 / 0.553, 0.686 / 0.651 / 0.529, 0.751 / 0.696 / 0.582; 20 gives 0.728 / 0.681 / 0.554, 0.688 /
    /// 0.652 / 0.527, 0.753 / 0.692 / 0.577; 25 no better on the folds and lower on dev.
    /// </summary>
    public const float OpeningBias = 15f;

    private static int[] DecodeCues(int start, int end, Func<int, int, ulong[]> features, HashedPerceptron model, float opening)
    {
        var length = end - start;
        var score = new double[length + 1, 3];
        var back = new int[length + 1, 3];
        score[0, O] = 0;
        score[0, B] = score[0, I] = double.NegativeInfinity;
        Span<float> scores = stackalloc float[3];
        for (var t = 0; t < length; t++)
        {
            for (var l = 0; l < 3; l++) score[t + 1, l] = double.NegativeInfinity;
            for (var p = 0; p < 3; p++)
            {
                if (double.IsNegativeInfinity(score[t, p])) continue;
                model.Score(features(start + t, p), scores);
                for (var l = 0; l < 3; l++)
                {
                    if (l == I && p == O) continue;
                    var v = score[t, p] + scores[l] + (l == B && p == O ? opening : 0);
                    if (v > score[t + 1, l]) { score[t + 1, l] = v; back[t + 1, l] = p; }
                }
            }
        }
        var path = new int[length];
        var best = 0;
        for (var l = 1; l < 3; l++) if (score[length, l] > score[length, best]) best = l;
        for (var t = length; t > 0; t--) { path[t - 1] = best; best = back[t, best]; }
        return path;
    }

    /// <summary>The tokens the role tagger reads for a cue: its sentence, carried past a quotation cut by the splitter.</summary>
    public static (int Start, int End) Window(QuoteContext c, int cueFirst, int cueLast)
    {
        var s = c.SentenceOfToken(cueFirst);
        var start = c.SentenceFirstToken(s);
        // a quotation the splitter cut before this sentence ("“A. B,” he said.") is read from its opening mark
        if (start < c.Count && c.QuoteCovering(c[start].Span.Start) is { } q && q.Open < c[start].Span.Start && c.LineOf(q.Open).Start == c.LineOf(c[start].Span.Start).Start)
            start = Math.Min(start, c.TokenAt(q.Open));
        var end = Math.Max(c.SentenceEndToken(c.SentenceOfToken(cueLast)), Math.Min(c.Count, c.TokenAt(c.ClauseEnd(c[cueLast].Span.Start))));
        return (start, Math.Max(end, cueLast + 1));
    }

    public TaggedAttribution Roles(QuoteContext c, TokenFacts f, (int First, int Last) cue, IReadOnlyList<(int First, int Last)> cues, int[]? gold, HashedPerceptron? learner = null)
    {
        var (start, end) = Window(c, cue.First, cue.Last);
        var n = end - start;
        // commas, quotation marks and other cues between each token and the cue, from prefix counts
        var commas = new int[n + 1];
        var marks = new int[n + 1];
        var others = new int[n + 1];
        var cueStarts = new HashSet<int>(cues.Where(o => o != cue).Select(o => o.First));
        for (var i = start; i < end; i++)
        {
            commas[i - start + 1] = commas[i - start] + (c[i].Text is "," or ";" or "—" or "–" or "(" or ")" ? 1 : 0);
            marks[i - start + 1] = marks[i - start] + (c.IsQuoteMark(i) ? 1 : 0);
            others[i - start + 1] = others[i - start] + (cueStarts.Contains(i) ? 1 : 0);
        }
        int Between(int[] pre, int i) => i < cue.First
            ? pre[cue.First - start] - pre[i - start + 1]
            : pre[i - start] - pre[cue.Last - start + 1];

        // the token positions tagged: the window without the cue's own tokens
        var pos = Enumerable.Range(start, n).Where(i => i < cue.First || i > cue.Last).ToArray();
        var model = learner ?? models.Roles;
        ulong[] Features(int t, int prev, bool lc)
        {
            var i = pos[t];
            var x = new ulong[QuoteFeatures.RoleWidth];
            QuoteFeatures.Role(c, f, i, cue.First, cue.Last, prev, Between(commas, i), Between(marks, i), Between(others, i), end - 1 - i, lc, x);
            return x;
        }
        int PrevLabel(int t, int state) => t > 0 && pos[t - 1] < cue.First && pos[t] > cue.Last ? O : state % RoleLabels;

        var path = Decode(pos.Length, Features, PrevLabel, model, cue.First, pos);
        if (gold is not null)
        {
            var truth = pos.Select(i => gold[i - start]).ToArray();
            for (var t = 0; t < truth.Length; t++)
            {
                var p = t == 0 ? O : PrevLabel(t, truth[t - 1]);
                if (truth[t] == IS && p is not (BS or IS)) truth[t] = BS;
                if (truth[t] == IC && p is not (BC or IC)) truth[t] = BC;
            }
            if (!truth.SequenceEqual(path))
            {
                bool gl = false, pl = false;
                for (var t = 0; t < truth.Length; t++)
                {
                    var gp = t == 0 ? O : PrevLabel(t, truth[t - 1]);
                    var pp = t == 0 ? O : PrevLabel(t, path[t - 1]);
                    if (truth[t] != path[t] || gp != pp || gl != pl)
                    {
                        learner!.Update(Features(t, gp, gl), truth[t], 1f);
                        learner.Update(Features(t, pp, pl), path[t], -1f);
                    }
                    gl |= pos[t] < cue.First && truth[t] is BC or IC;
                    pl |= pos[t] < cue.First && path[t] is BC or IC;
                }
            }
            learner!.Tick();
        }
        var labels = new int[n];
        for (var t = 0; t < pos.Length; t++) labels[pos[t] - start] = path[t];
        return Read(start, labels, cue);
    }

    /// <summary>
    /// Viterbi over (label, content-seen-before-the-cue) states: the features read the previous label and whether
    /// the content already sits left of the cue, so both are carried in the state.
    /// </summary>
    private static int[] Decode(int length, Func<int, int, bool, ulong[]> features, Func<int, int, int> prevLabel, HashedPerceptron model, int cueFirst, int[] pos)
    {
        const int States = RoleLabels * 2;
        var score = new double[length + 1, States];
        var back = new int[length + 1, States];
        for (var s = 0; s < States; s++) score[0, s] = double.NegativeInfinity;
        score[0, O] = 0;
        Span<float> scores = stackalloc float[RoleLabels];
        for (var t = 0; t < length; t++)
        {
            for (var s = 0; s < States; s++) score[t + 1, s] = double.NegativeInfinity;
            for (var ps = 0; ps < States; ps++)
            {
                if (double.IsNegativeInfinity(score[t, ps])) continue;
                var p = t == 0 ? O : prevLabel(t, ps);
                var lc = ps >= RoleLabels;
                model.Score(features(t, p, lc), scores);
                for (var l = 0; l < RoleLabels; l++)
                {
                    if (l == IS && p is not (BS or IS) || l == IC && p is not (BC or IC)) continue;
                    var ns = l + (lc || pos[t] < cueFirst && l is BC or IC ? RoleLabels : 0);
                    var v = score[t, ps] + scores[l];
                    if (v > score[t + 1, ns]) { score[t + 1, ns] = v; back[t + 1, ns] = ps; }
                }
            }
        }
        var path = new int[length];
        var best = 0;
        for (var s = 1; s < States; s++) if (score[length, s] > score[length, best]) best = s;
        for (var t = length; t > 0; t--) { path[t - 1] = best % RoleLabels; best = back[t, best]; }
        return path;
    }

    private static TaggedAttribution Read(int start, int[] labels, (int First, int Last) cue)
    {
        var sources = new List<(int, int)>();
        var content = new List<(int, int)>();
        for (var k = 0; k < labels.Length; k++)
        {
            if (labels[k] is not (BS or BC)) continue;
            var inner = labels[k] == BS ? IS : IC;
            var e = k;
            while (e + 1 < labels.Length && labels[e + 1] == inner) e++;
            (labels[k] == BS ? sources : content).Add((start + k, start + e));
            k = e;
        }
        // one source: the run nearest the cue
        (int, int)? source = sources.Count == 0 ? null
            : sources.OrderBy(s => s.Item2 < cue.First ? cue.First - s.Item2 : s.Item1 - cue.Last).First();
        // greedy tagging leaves holes in long clauses: one content span per side of the cue
        var merged = content.GroupBy(r => r.Item1 < cue.First)
            .Select(g => (g.Min(r => r.Item1), g.Max(r => r.Item2)))
            .OrderBy(r => r.Item1).ToList();
        return new TaggedAttribution(cue.First, cue.Last, source, merged);
    }

    /// <summary>Gold cue labels for every token from cue token ranges.</summary>
    public static int[] CueLabels(int count, IEnumerable<(int First, int Last)> cues)
    {
        var labels = new int[count];
        foreach (var (first, last) in cues)
            for (var i = first; i <= last && i < count; i++) labels[i] = i == first ? B : I;
        return labels;
    }

    /// <summary>Gold role labels over a cue's window from source and content token ranges.</summary>
    public static int[] RoleGold(int start, int end, IEnumerable<(int First, int Last)> sources, IEnumerable<(int First, int Last)> contents)
    {
        var labels = new int[end - start];
        void Mark(IEnumerable<(int First, int Last)> runs, int b, int inside)
        {
            foreach (var (first, last) in runs)
                for (var i = Math.Max(first, start); i <= last && i < end; i++) labels[i - start] = i == Math.Max(first, start) ? b : inside;
        }
        Mark(contents, BC, IC);
        Mark(sources, BS, IS);
        return labels;
    }
}
