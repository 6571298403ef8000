using Dossier.Entities.Tagger;
using Dossier.Model;
using Dossier.Text.Learning;

namespace Dossier.Quotes.Learned;

/// <summary>
/// Where reported content that follows its cue ends. PolNeAR's content runs on past some clauses (", and …", a
/// quotation's tail) and stops before others (", which …", ", but …", ", despite …", a trailing "in a statement"),
/// and a verb of attitude takes only its object ("attacked Machado | in early-morning tweets"). Rather than rules,
/// a ranking perceptron chooses the end among the words from the content's first word to the end of the cue's
/// sentence (the role tagger's window), reading each candidate boundary: the words on both sides of it and after,
/// their word clusters and suffixes, punctuation, open quotation marks and brackets, the commas crossed, the
/// distance, and the cue's word. Trained by <c>dossier train quotes</c> on PolNeAR train's gold spans.
/// </summary>
internal static class ContentEnds
{
    public const int Width = 28;
    private const ulong None = 0x5EED;

    /// <summary>A token a content can end on: a word or number (edge punctuation and marks are trimmed anyway).</summary>
    public static bool IsCandidate(QuoteContext c, int e) => c[e].Kind is TokenKind.Word or TokenKind.Number;

    /// <summary>The first candidate token from <paramref name="first"/> through <paramref name="last"/>; <paramref name="last"/> + 1 if none.</summary>
    public static int FirstWord(QuoteContext c, int first, int last)
    {
        while (first <= last && !IsCandidate(c, first)) first++;
        return first;
    }

    /// <summary>The last candidate token from <paramref name="last"/> back to <paramref name="first"/>; <paramref name="first"/> − 1 if none.</summary>
    public static int LastWord(QuoteContext c, int first, int last)
    {
        while (last >= first && !IsCandidate(c, last)) last--;
        return last;
    }

    /// <summary>
    /// The best end token for content starting at <paramref name="first"/>, among candidates before <paramref name="end"/>;
    /// -1 if none. <paramref name="proposed"/> is the end the role tagger (or a sieve) gave the content: it gets
    /// <see cref="ProposalVote"/>, so where the ranker is unsure the two models' agreement decides; <paramref name="tagged"/>,
    /// the role tagger's end where the content is a sieve's, gets <see cref="TaggedVote"/>.
    /// </summary>
    public static int Best(HashedPerceptron model, QuoteContext c, TokenFacts f, int cueFirst, int cueLast, int first, int end, ISet<int> cueStarts, int proposed = -1, int tagged = -1)
    {
        // commas[e - first]: the commas between the content's first word and candidate end e
        var commas = new int[end - first + 1];
        for (var e = first; e < end; e++) commas[e - first + 1] = commas[e - first] + (c.Is(e + 1, ",") ? 1 : 0);
        return CandidateRanker.Best(model, Candidates(c, f, cueFirst, cueLast, first, end, cueStarts), e => -CommaCost * commas[e - first] + (e == proposed ? ProposalVote : 0) + (e == tagged ? TaggedVote : 0));
    }

    /// <summary>
    /// What the role tagger's own end adds to that candidate's score. The ranker and the tagger are each right about
    /// 85% of the time on gold cues (PolNeAR dev: ranker 1,449 of 1,707 ends, tagger 1,427, one or the other 1,524),
    /// and wrong on different contents. Measured with the start vote at 8 (content spans on fold 1, fold 2, dev against
    /// no vote): 4 gives +6 / +22 / 0, 8 gives +6 / +25 / +5; alone, 8 gives −1 / +13 / +1, and 1,000 (the tagger's end
    /// always) loses 178 / 93 / 92.
    /// </summary>
    public const float ProposalVote = 8f;

    /// <summary>
    /// Where a sieve read the same cue, its content is the proposal and the role tagger's end gets this further vote
    /// (<paramref name="tagged"/> in <see cref="Best"/>). Set on the two train folds (content spans on fold 1 / fold 2
    /// against none): 8 gives +7 / +5, 16 gives +14 / +6, 24 gives +21 / −2, 32 gives +20 / −12; dev at 16: 0 spans
    /// (F1 0.5969 → 0.5964, three more predicted). With seeds 2 and 3: +15 / +17 / +1 and +24 / +5 / 0 (fold 1 / fold 2
    /// / dev). The same for the tagger's start: 4 and 8 alone lose on both folds.
    /// </summary>
    public const float TaggedVote = 16f;

    /// <summary>
    /// What each comma inside the content costs at decoding time: the ranker runs on past a comma more often than PolNeAR
    /// does (on dev, 42 contents ran past gold's end at a comma against 25 stopping short at one). Set on a held-out fold of
    /// train: 0.5 to 4 all help there (1 to 4 tie), and 1 is the best of them on dev.
    /// </summary>
    private const float CommaCost = 1f;

    /// <summary>One ranking update: the gold end against the model's choice.</summary>
    public static void Learn(HashedPerceptron learner, QuoteContext c, TokenFacts f, int cueFirst, int cueLast, int first, int end, int gold, ISet<int> cueStarts) =>
        CandidateRanker.Learn(learner, Candidates(c, f, cueFirst, cueLast, first, end, cueStarts), gold);

    private static IEnumerable<(int At, ulong[] Features)> Candidates(QuoteContext c, TokenFacts f, int cueFirst, int cueLast, int first, int end, ISet<int> cueStarts)
    {
        int commas = 0, marks = 0, brackets = 0, dashes = 0;
        var that = c.Is(first, "that") ? 1UL : 0UL;
        var head = f.Word[cueLast];
        var headCluster = (ulong)(f.Fine[cueLast] + 2);
        // how many words and cues lie from each token to the window's end (suffix counts)
        var restWords = new int[end - first + 1];
        var restCues = new int[end - first + 1];
        for (var e = end - 1; e >= first; e--)
        {
            restWords[e - first] = restWords[e - first + 1] + (IsCandidate(c, e) ? 1 : 0);
            restCues[e - first] = restCues[e - first + 1] + (cueStarts.Contains(e) ? 1 : 0);
        }
        var opener = Wd(f, first);
        for (var e = first; e < end; e++)
        {
            var t = c[e].Text;
            if (t is "," or ";") commas++;
            else if (t is "—" or "–" or "--" or "―" or "-" && c[e].Kind == TokenKind.Punctuation) dashes++;
            else if (t == "(") brackets++;
            else if (t == ")") brackets--;
            if (c.IsQuoteMark(e)) marks++;
            if (!IsCandidate(c, e)) continue;
            var n = e + 1;
            // a closing mark right after the word is part of the same end
            var shut = n < end && c.IsQuoteMark(n) && marks % 2 == 1 ? 1UL : 0UL;
            if (shut == 1) n++;
            var last = n >= end ? 1UL : 0UL;
            var openMark = (ulong)((marks + (int)shut) % 2);
            var cueNext = 0UL;
            for (var j = n; j < Math.Min(end, n + 7); j++)
                if (cueStarts.Contains(j)) { cueNext = (ulong)Math.Min(j - n + 1, 4); break; }
            var len = e - first + 1;
            var lb = (ulong)(len switch { <= 2 => len, <= 4 => 3, <= 8 => 4, <= 15 => 5, <= 30 => 6, _ => 7 });
            var cb = (ulong)Math.Min(commas, 3);
            var x = new ulong[Width];
            var k = 0;
            ulong W(TokenFacts facts, int i) => i < end ? Wd(facts, i) : None;
            x[k++] = F(1, last);
            x[k++] = F(2, last, cb);
            x[k++] = F(3, W(f, n), last);
            x[k++] = F(4, W(f, n), W(f, n + 1));
            x[k++] = F(5, W(f, n), f.Suffix.Length > n + 1 ? f.Suffix[n + 1] : None);
            x[k++] = F(6, W(f, n), Cl(f, n + 1));
            x[k++] = F(7, W(f, e), W(f, n));
            x[k++] = F(8, Cl(f, e), W(f, n));
            x[k++] = F(9, W(f, e));
            x[k++] = F(10, head, W(f, n));
            x[k++] = F(11, headCluster, W(f, n));
            x[k++] = F(12, headCluster, lb, last);
            x[k++] = F(13, that, W(f, n), lb);
            x[k++] = F(14, openMark, shut, last);
            x[k++] = F(15, (ulong)Math.Clamp(brackets, -1, 1) + 1, W(f, n));
            x[k++] = F(16, cueNext, W(f, n));
            x[k++] = F(17, lb, W(f, n));
            x[k++] = F(18, cb, W(f, n));
            x[k++] = F(19, (ulong)Math.Min(dashes, 2), W(f, n));
            x[k++] = F(20, head, last, lb);
            x[k++] = F(21, that, last, cb);
            x[k++] = F(22, Cl(f, n), Cl(f, n + 1));
            x[k++] = F(23, W(f, n), Cl(f, n + 1), Cl(f, n + 2));
            x[k++] = F(24, head, W(f, n), W(f, n + 1));
            var rest = n < end ? restWords[n - first] : 0;
            var rb = (ulong)(rest switch { <= 3 => rest, <= 6 => 4, <= 12 => 5, _ => 6 });
            x[k++] = F(25, S(c, n), Cl(f, n + 1), Cl(f, n + 2));
            x[k++] = F(26, rb, W(f, n));
            x[k++] = F(27, n < end && restCues[n - first] > 0 ? 1UL : 0UL, W(f, n));
            x[k++] = F(28, opener, W(f, n));
            yield return (e, x);
        }
    }

    private static ulong S(QuoteContext c, int i) => i >= 0 && i < c.Count ? (ulong)c[i].Kind + (c[i].Kind == TokenKind.Punctuation ? c[i].Text[0] * 16UL : 0) : None;

    private static ulong Wd(TokenFacts f, int i) => i >= 0 && i < f.Word.Length ? f.Word[i] : None;

    private static ulong Cl(TokenFacts f, int i) => i >= 0 && i < f.Fine.Length ? (ulong)(f.Fine[i] + 2) : None;

    private static ulong F(int template, ulong a) => FeatureHash.Mix((ulong)template + 500, a);

    private static ulong F(int template, ulong a, ulong b) => FeatureHash.Mix((ulong)template + 500, a, b);

    private static ulong F(int template, ulong a, ulong b, ulong c) => FeatureHash.Mix((ulong)template + 500, a, b, c);
}
