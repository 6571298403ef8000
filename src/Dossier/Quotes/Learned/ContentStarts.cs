using Dossier.Entities.Tagger;
using Dossier.Model;
using Dossier.Text.Learning;

namespace Dossier.Quotes.Learned;

/// <summary>
/// Where reported content begins. After the cue PolNeAR leaves the hearer out ("told | host Alex Marlow | how …",
/// "urged Congress | to …") and keeps the complementiser ("said | that …"); before the cue it leaves out a leading
/// conjunction or frame ("But | the goal is …", "As it stands, | America's prison system …"). A ranking perceptron
/// chooses the first word among those from the cue onwards (content after it) or from the sentence's start (content
/// before it), reading the word and the one before it, their clusters, the cue's word, the distance and the commas
/// and quotation marks passed. Trained by <c>dossier train quotes</c> on PolNeAR train's gold spans.
/// </summary>
internal static class ContentStarts
{
    public const int Width = 30;
    private const int Bag = 6;
    private const int Reach = 40;
    private const ulong None = 0x5EED;

    /// <summary>The candidate first tokens: words and numbers from <paramref name="from"/> through <paramref name="last"/>, at most <see cref="Reach"/> of them.</summary>
    public static (int From, int Last) Range(int cueFirst, int cueLast, int windowStart, int last, bool after) =>
        after ? (cueLast + 1, Math.Min(last, cueLast + Reach)) : (windowStart, Math.Min(last, Math.Min(cueFirst - 1, windowStart + Reach)));

    /// <summary>
    /// The best first token among the candidates; <paramref name="proposed"/>, the first word the role tagger (or a
    /// sieve) gave the content, gets <see cref="ProposalVote"/>.
    /// </summary>
    public static int Best(HashedPerceptron model, QuoteContext c, TokenFacts f, int cueFirst, int cueLast, int from, int last, bool after, int proposed = -1) =>
        CandidateRanker.Best(model, Candidates(c, f, cueFirst, cueLast, from, last, after), s => s == proposed ? ProposalVote : 0);

    /// <summary>
    /// What the role tagger's own start adds to that candidate's score: on gold cues with content after them (PolNeAR
    /// dev) the ranker starts 1,613 of 1,707 contents right, the tagger 1,596, one or the other 1,640. Set on the two
    /// train folds (content spans on fold 1, fold 2, dev against no vote): 2 gives +4 / +2 / +1, 4 gives +4 / +7 / 0,
    /// 8 gives +7 / +11 / +3, 16 gives 0 / +21 / +6, 32 gives −14 / +25 / 0.
    /// </summary>
    public const float ProposalVote = 8f;

    public static void Learn(HashedPerceptron learner, QuoteContext c, TokenFacts f, int cueFirst, int cueLast, int from, int last, bool after, int gold) =>
        CandidateRanker.Learn(learner, Candidates(c, f, cueFirst, cueLast, from, last, after), gold);

    private static IEnumerable<(int At, ulong[] Features)> Candidates(QuoteContext c, TokenFacts f, int cueFirst, int cueLast, int from, int last, bool after)
    {
        var side = after ? 1UL : 0UL;
        var head = f.Word[cueLast];
        var headCluster = (ulong)(f.Fine[cueLast] + 2);
        int commas = 0, marks = 0, words = 0;
        for (var s = from; s <= last; s++)
        {
            if (c[s].Text is "," or ";" or "—" or "–" or "--" or "(") commas++;
            if (c.IsQuoteMark(s)) marks++;
            if (!ContentEnds.IsCandidate(c, s)) continue;
            var d = (ulong)(words switch { <= 3 => words, <= 6 => 4, <= 12 => 5, _ => 6 });
            words++;
            var cm = (ulong)Math.Min(commas, 3);
            var mark = c.IsQuoteMark(s - 1) ? 1UL : 0UL;
            var x = new ulong[Width];
            var k = 0;
            x[k++] = F(1, side, d);
            x[k++] = F(2, side, W(f, s));
            x[k++] = F(3, side, W(f, s - 1));
            x[k++] = F(4, side, W(f, s - 1), W(f, s));
            x[k++] = F(5, side, Cl(f, s), Cl(f, s - 1));
            x[k++] = F(6, side, head, W(f, s));
            x[k++] = F(7, side, head, W(f, s - 1));
            x[k++] = F(8, side, headCluster, W(f, s));
            x[k++] = F(9, side, headCluster, W(f, s - 1), d);
            x[k++] = F(10, side, d, W(f, s));
            x[k++] = F(11, side, cm, W(f, s - 1));
            x[k++] = F(12, side, cm, d);
            x[k++] = F(13, side, mark, (ulong)Math.Min(marks, 2), d);
            x[k++] = F(14, side, head, d);
            x[k++] = F(15, side, W(f, s), W(f, s + 1));
            x[k++] = F(16, side, Cl(f, s), W(f, s - 1));
            x[k++] = F(17, side, c[s].IsCapitalized ? 1UL : 0UL, W(f, s - 1));
            x[k++] = F(18, side, headCluster, Cl(f, s), d);
            // what is passed over: the word classes of the first words skipped (a hearer, a date, or the content itself)
            x[k++] = F(19, side, W(f, from), W(f, s));
            x[k++] = F(20, side, (ulong)Math.Min(s - from, 9), W(f, s));
            // the word after the next comma: a subject cut off before a relative clause ("The program, | which was created
            // in 1990, has expanded …") or an apposition shows as a verb there
            var next = s + 1;
            while (next <= last && !c.Is(next, ",")) next++;
            var resume = next <= last ? W(f, next + 1) : None;
            x[k++] = F(23, side, W(f, s), resume);
            x[k++] = F(24, side, W(f, s - 1), next <= last ? Cl(f, next + 1) : None);
            x[k++] = F(25, side, Tg(f.Pos, s - 1), Tg(f.Pos, s), d);
            x[k++] = F(26, side, Tg(f.Chunk, s - 1), Tg(f.Chunk, s));
            for (var j = 0; j < Bag; j++)
                x[k++] = from + j < s ? F(21, side, (ulong)j, Cl(f, from + j)) : F(22, side, (ulong)j);
            yield return (s, x);
        }
    }

    private static ulong W(TokenFacts f, int i) => i >= 0 && i < f.Word.Length ? f.Word[i] : None;

    private static ulong Tg(int[] tags, int i) => i >= 0 && i < tags.Length ? (ulong)tags[i] : None;

    private static ulong Cl(TokenFacts f, int i) => i >= 0 && i < f.Fine.Length ? (ulong)(f.Fine[i] + 2) : None;

    private static ulong F(int template, ulong side, ulong a) => FeatureHash.Mix((ulong)template + 700, side, a);

    private static ulong F(int template, ulong side, ulong a, ulong b) => FeatureHash.Mix((ulong)template + 700, side, a, b);

    private static ulong F(int template, ulong side, ulong a, ulong b, ulong c) => FeatureHash.Mix(FeatureHash.Mix((ulong)template + 700, side, a, b), c);
}
