using Dossier.Entities.Tagger;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Quotes.Learned;

/// <summary>
/// Per-article token facts both taggers read (folded word hashes, word clusters, quotation status), computed once.
/// The clusters are the NER model's, learnt from unlabeled news, so an unseen reporting verb ("quipped") can
/// share weight with the ones PolNeAR annotates.
/// </summary>
internal sealed class TokenFacts
{
    public TokenFacts(QuoteContext c)
    {
        var clusters = NerModel.Default.Clusters;
        var n = c.Count;
        Word = new ulong[n];
        Suffix = new ulong[n];
        Stem = new ulong[n];
        Fine = new int[n];
        Coarse = new int[n];
        InQuote = new bool[n];
        Shape = new int[n];
        Sense = new ulong[n];
        Frames = new ulong[n];
        Pos = new int[n];
        Chunk = new int[n];
        var senses = WordSenses.Embedded;
        if (SyntaxTagger.Embedded is { } syntax)
        {
            for (var s = 0; s < c.Sentences.Length; s++)
            {
                var start = c.SentenceFirstToken(s);
                var end = c.SentenceEndToken(s);
                if (end <= start) continue;
                var (pos, chunk) = syntax.Labels([.. Enumerable.Range(start, end - start).Select(i => c[i].Text)]);
                for (var i = start; i < end; i++) (Pos[i], Chunk[i]) = (pos[i - start] + 1, chunk[i - start] + 1);
            }
        }
        for (var i = 0; i < n; i++)
        {
            var t = c[i].Text;
            Word[i] = FeatureHash.Folded(t);
            Suffix[i] = FeatureHash.Folded(t.AsSpan(Math.Max(0, t.Length - 3)));
            Stem[i] = FeatureHash.Folded(t.AsSpan(0, Math.Min(t.Length, 5)));
            (Fine[i], Coarse[i]) = clusters.Of(FeatureHash.Of(t));
            InQuote[i] = c.InsideQuote(c[i].Span.Start);
            var e = c[i].Kind == TokenKind.Word ? senses.Of(t) : default;
            Sense[i] = (ulong)(e.Verb * 64 + e.Noun + 1);
            Frames[i] = (ulong)(e.Frames + 1);
            Shape[i] = c[i].Kind switch
            {
                TokenKind.Quote => c.IsQuoteMark(i) ? 1 : 2,
                TokenKind.Punctuation => 3 + Math.Min(t[0], (char)127),
                TokenKind.Number => 200,
                _ => c[i].IsCapitalized ? 201 : 202,
            };
        }
    }

    public ulong[] Word { get; }

    public ulong[] Suffix { get; }

    /// <summary>The first five letters: "demand", "demands", "demanded" share them.</summary>
    public ulong[] Stem { get; }

    public int[] Fine { get; }

    public int[] Coarse { get; }

    public bool[] InQuote { get; }

    public int[] Shape { get; }

    /// <summary>WordNet's class of the word's commonest verb sense and of its noun of speech or thought (<see cref="WordSenses"/>).</summary>
    public ulong[] Sense { get; }

    /// <summary>Whether a verb sense takes a reported clause, an infinitive, a hearer (<see cref="WordSenses"/>).</summary>
    public ulong[] Frames { get; }

    /// <summary>The part of speech and phrase chunk of each token (<see cref="SyntaxTagger"/>; 0 where none was given).</summary>
    public int[] Pos { get; }

    public int[] Chunk { get; }
}

/// <summary>Feature templates; each feature is a template id mixed with its values, so templates never collide.</summary>
internal static class QuoteFeatures
{
    public const int CueWidth = 41;
    public const int RoleWidth = 43;
    private const ulong None = 0x5EED;

    private static ulong W(TokenFacts f, int i) => i >= 0 && i < f.Word.Length ? f.Word[i] : None;

    private static ulong S(TokenFacts f, int i) => i >= 0 && i < f.Shape.Length ? (ulong)f.Shape[i] : 999;

    private static ulong P(TokenFacts f, int i) => i >= 0 && i < f.Pos.Length ? (ulong)f.Pos[i] : 999;

    private static ulong C(TokenFacts f, int i) => i >= 0 && i < f.Chunk.Length ? (ulong)f.Chunk[i] : 999;

    private static ulong F(int template, ulong a) => FeatureHash.Mix((ulong)template, a);

    private static ulong F(int template, ulong a, ulong b) => FeatureHash.Mix((ulong)template, a, b);

    private static ulong F(int template, ulong a, ulong b, ulong c) => FeatureHash.Mix((ulong)template, a, b, c);

    private static ulong F(int template, ulong a, ulong b, ulong c, ulong d) => FeatureHash.Mix(FeatureHash.Mix((ulong)template, a, b, c), d);

    /// <summary>Features for cue tagging (O/B/I) of token <paramref name="i"/> given the previous label.</summary>
    public static void Cue(QuoteContext c, TokenFacts f, int i, int prev, Span<ulong> x)
    {
        var s = c.SentenceOfToken(i);
        var first = i == c.SentenceFirstToken(s);
        var q = f.InQuote[i] ? 1UL : 0UL;
        var k = 0;
        x[k++] = F(1, 1);
        x[k++] = F(2, W(f, i));
        x[k++] = F(3, f.Suffix[i]);
        x[k++] = F(4, W(f, i - 1));
        x[k++] = F(5, W(f, i + 1));
        x[k++] = F(6, W(f, i - 1), W(f, i));
        x[k++] = F(7, W(f, i), W(f, i + 1));
        x[k++] = F(8, W(f, i - 2));
        x[k++] = F(9, W(f, i + 2));
        x[k++] = F(10, (ulong)(f.Fine[i] + 2));
        x[k++] = F(11, (ulong)(f.Coarse[i] + 2));
        x[k++] = F(12, (ulong)prev);
        x[k++] = F(13, (ulong)prev, W(f, i));
        x[k++] = F(14, q, W(f, i));
        x[k++] = F(15, S(f, i - 1), S(f, i), S(f, i + 1));
        x[k++] = F(16, first ? 1UL : 0UL, W(f, i));
        x[k++] = F(17, (ulong)(f.Coarse[i] + 2), S(f, i + 1));
        x[k++] = F(18, (ulong)(f.Fine[i] + 2), (ulong)prev);
        x[k++] = F(19, W(f, i), S(f, i + 1));
        x[k++] = F(20, S(f, i - 1), W(f, i));
        x[k++] = F(21, (ulong)(i + 1 < f.Fine.Length ? f.Fine[i + 1] + 2 : 0), (ulong)prev);
        x[k++] = F(22, (ulong)(i > 0 ? f.Fine[i - 1] + 2 : 0), W(f, i));
        x[k++] = F(23, q, (ulong)(f.Fine[i] + 2));
        x[k++] = F(24, W(f, i - 1), W(f, i), W(f, i + 1));
        // what follows within three tokens: a complementiser, a quotation mark, a colon
        ulong next = 0;
        for (var j = i + 1; j <= i + 3 && j < c.Count; j++)
        {
            if (c.Is(j, "that")) next |= 1;
            else if (c.IsQuoteMark(j)) next |= 2;
            else if (c.Is(j, ":")) next |= 4;
            else if (c.Is(j, ",")) next |= 8;
        }
        var cap = i > 0 && (c[i - 1].IsCapitalized || PhraseReader.IsPronoun(c, i - 1)) ? 1UL : 0UL;
        x[k++] = F(25, f.Stem[i]);
        x[k++] = F(26, f.Stem[i], next);
        x[k++] = F(27, (ulong)(f.Fine[i] + 2), next);
        x[k++] = F(28, W(f, i), next);
        x[k++] = F(29, cap, f.Stem[i]);
        x[k++] = F(30, cap, (ulong)(f.Coarse[i] + 2), next);
        x[k++] = F(31, f.Stem[i], (ulong)prev, q);
        x[k++] = F(32, f.Suffix[i], next, cap);
        x[k++] = F(33, f.Sense[i]);
        x[k++] = F(34, f.Sense[i], next);
        x[k++] = F(35, f.Frames[i], next);
        x[k++] = F(36, P(f, i));
        x[k++] = F(37, P(f, i), next);
        x[k++] = F(38, P(f, i - 1), P(f, i), P(f, i + 1));
        x[k++] = F(39, (ulong)prev, P(f, i), C(f, i));
        x[k++] = F(40, C(f, i), C(f, i + 1));
        x[k++] = F(41, P(f, i), f.Sense[i]);
    }

    /// <summary>
    /// Features for role tagging (source/content BIO) of token <paramref name="i"/> relative to the cue spanning
    /// tokens <paramref name="cueFirst"/>..<paramref name="cueLast"/>.
    /// </summary>
    public static void Role(QuoteContext c, TokenFacts f, int i, int cueFirst, int cueLast, int prev, int commas, int marks, int cuesBetween, int toEnd, bool leftContent, Span<ulong> x)
    {
        var side = i < cueFirst ? 0UL : 1UL;
        var dist = i < cueFirst ? cueFirst - i : i - cueLast;
        var d = (ulong)(dist switch { <= 3 => dist, <= 5 => 4, <= 10 => 5, <= 20 => 6, _ => 7 });
        var head = W(f, cueLast);
        var cueWord = W(f, cueFirst);
        var q = f.InQuote[i] ? 1UL : 0UL;
        var cq = f.InQuote[cueFirst] ? 1UL : 0UL;
        var cm = (ulong)Math.Min(commas, 3);
        var mk = (ulong)Math.Min(marks, 2);
        var cb = (ulong)Math.Min(cuesBetween, 2);
        var p = (ulong)prev;
        var k = 0;
        x[k++] = F(101, side);
        x[k++] = F(102, side, d);
        x[k++] = F(103, side, W(f, i));
        x[k++] = F(104, side, (ulong)(f.Fine[i] + 2));
        x[k++] = F(105, side, (ulong)(f.Coarse[i] + 2), d);
        x[k++] = F(106, side, p);
        x[k++] = F(107, side, p, d);
        x[k++] = F(108, side, p, W(f, i));
        x[k++] = F(109, side, p, S(f, i));
        x[k++] = F(110, side, head, d);
        x[k++] = F(111, side, head, p);
        x[k++] = F(112, side, cueWord, p);
        x[k++] = F(113, side, q, cq);
        x[k++] = F(114, side, q, p);
        x[k++] = F(115, side, cm, p);
        x[k++] = F(116, side, mk, p);
        x[k++] = F(117, side, cb, p);
        x[k++] = F(118, side, S(f, i - 1), S(f, i));
        x[k++] = F(119, side, W(f, i - 1), p);
        x[k++] = F(120, side, W(f, i + 1), p);
        x[k++] = F(121, side, d, S(f, i));
        x[k++] = F(122, side, cm, d);
        x[k++] = F(123, side, head, W(f, i));
        x[k++] = F(124, side, W(f, cueLast + 1), d);
        x[k++] = F(125, side, W(f, cueFirst - 1), d);
        x[k++] = F(126, side, cm, mk, q);
        x[k++] = F(127, side, p, S(f, i), S(f, i + 1));
        x[k++] = F(128, side, (ulong)(f.Coarse[i] + 2), p);
        x[k++] = F(129, side, i == c.SentenceFirstToken(c.SentenceOfToken(i)) ? 1UL : 0UL, p);
        x[k++] = F(130, side, head, cm, mk);
        var te = (ulong)(toEnd switch { <= 2 => toEnd, <= 5 => 3, <= 10 => 4, _ => 5 });
        var lc = leftContent ? 1UL : 0UL;
        x[k++] = F(131, side, te, p);
        x[k++] = F(132, side, te, S(f, i + 1), p);
        x[k++] = F(133, side, lc, p, q);
        x[k++] = F(134, side, lc, d, mk);
        x[k++] = F(135, side, lc, W(f, i), p);
        x[k++] = F(136, side, lc, cm, p);
        x[k++] = F(137, side, W(f, i), S(f, i - 1), p);
        x[k++] = F(138, side, f.Suffix[i], S(f, i - 1), p);
        x[k++] = F(139, side, (ulong)(f.Fine[i] + 2), S(f, i - 1), p);
        x[k++] = F(140, side, P(f, i), p);
        x[k++] = F(141, side, C(f, i), p, d);
        x[k++] = F(142, side, P(f, i - 1), P(f, i), p);
        x[k++] = F(143, side, C(f, i), C(f, i + 1), p);
    }
}
