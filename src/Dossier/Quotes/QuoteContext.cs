using System.Collections.Immutable;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Quotes;

/// <summary>
/// One article as the sieves see it: text, tokens, sentences and quotation spans, with lookups between offsets,
/// tokens and sentences. Built once per article; read-only afterwards.
/// </summary>
internal sealed class QuoteContext
{
    private readonly int[] _tokenSentence;
    private readonly HashSet<int> _marks;
    private readonly int[] _sentenceFirstToken;
    private readonly int[] _sentenceEndToken;

    private QuoteContext(Article article, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, ImmutableArray<Mention> mentions)
    {
        Article = article;
        Tokens = tokens;
        Sentences = sentences;
        Mentions = mentions;
        Quotes = QuoteMarks.Find(article.Text);
        _marks = [.. Quotes.SelectMany(q => Enumerable.Range(q.Open, q.MarkLength).Concat(Enumerable.Range(q.Close, q.MarkLength)))];
        _tokenSentence = new int[tokens.Length];
        _sentenceFirstToken = new int[sentences.Length];
        _sentenceEndToken = new int[sentences.Length];
        var t = 0;
        for (var s = 0; s < sentences.Length; s++)
        {
            while (t < tokens.Length && tokens[t].Span.Start < sentences[s].Span.Start) _tokenSentence[t++] = Math.Max(0, s - 1);
            _sentenceFirstToken[s] = t;
            while (t < tokens.Length && tokens[t].Span.Start < sentences[s].Span.End) _tokenSentence[t++] = s;
            _sentenceEndToken[s] = t;
        }
        while (t < tokens.Length) _tokenSentence[t++] = Math.Max(0, sentences.Length - 1);
    }

    public static QuoteContext Create(Article article, ImmutableArray<Token> tokens, ImmutableArray<Mention> mentions)
    {
        // the stage must work on a bare article too: tokenise and split when upstream gave nothing
        var toks = tokens.IsDefaultOrEmpty ? Tokenizer.Tokenize(article.Text) : tokens;
        var sents = article.Sentences.IsDefaultOrEmpty ? SentenceSplitter.Split(article.Text) : article.Sentences;
        return new QuoteContext(article, toks, sents, mentions.IsDefault ? [] : mentions);
    }

    public Article Article { get; }

    public string Text => Article.Text;

    public ImmutableArray<Token> Tokens { get; }

    public ImmutableArray<Sentence> Sentences { get; }

    public ImmutableArray<Mention> Mentions { get; }

    public ImmutableArray<QuotedSpan> Quotes { get; }

    public int Count => Tokens.Length;

    public Token this[int i] => Tokens[i];

    /// <summary>The token text lower-cased, or "" outside the token range.</summary>
    public string Lower(int i) => i >= 0 && i < Tokens.Length ? Tokens[i].Text.ToLowerInvariant() : "";

    public bool IsWord(int i) => i >= 0 && i < Tokens.Length && Tokens[i].IsWord;

    public bool Is(int i, string text) => i >= 0 && i < Tokens.Length && string.Equals(Tokens[i].Text, text, StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a token that is one of the paired quotation marks (a lone apostrophe is not).</summary>
    public bool IsQuoteMark(int i) => i >= 0 && i < Tokens.Length && Tokens[i].Kind == TokenKind.Quote && _marks.Contains(Tokens[i].Span.Start);

    public int SentenceOfToken(int i) => Tokens.Length == 0 ? 0 : _tokenSentence[Math.Clamp(i, 0, Tokens.Length - 1)];

    public int SentenceFirstToken(int s) => _sentenceFirstToken[s];

    /// <summary>Index one past the last token of sentence <paramref name="s"/>.</summary>
    public int SentenceEndToken(int s) => _sentenceEndToken[s];

    /// <summary>The sentence holding the offset (the last one starting at or before it).</summary>
    public int SentenceOfOffset(int offset)
    {
        int lo = 0, hi = Sentences.Length - 1, best = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Sentences[mid].Span.Start <= offset) { best = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return best;
    }

    /// <summary>Index of the first token starting at or after <paramref name="offset"/> (Count when none).</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].Span.Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The quotation whose marks enclose the offset, if any.</summary>
    public QuotedSpan? QuoteCovering(int offset) => Quotes.FirstOrDefault(q => q.Covers(offset));

    public bool InsideQuote(int offset) => QuoteCovering(offset) is not null;

    /// <summary>Start and end offsets of the line (paragraph) holding the offset.</summary>
    public TextSpan LineOf(int offset)
    {
        var s = offset > 0 ? Text.LastIndexOf('\n', Math.Min(offset, Text.Length) - 1) + 1 : 0;
        var e = Text.IndexOf('\n', Math.Min(offset, Text.Length));
        return new TextSpan(s, e < 0 ? Text.Length : e);
    }

    /// <summary>
    /// The end offset of the sentence holding <paramref name="offset"/>, carried past any quotation that the
    /// splitter cut at an inner boundary, so a reported clause keeps its whole quotation.
    /// </summary>
    public int ClauseEnd(int offset)
    {
        if (Sentences.Length == 0) return Text.Length;
        var end = Sentences[SentenceOfOffset(offset)].Span.End;
        if (QuoteCovering(end - 1) is { } q && q.Close >= end)
        {
            // an open quotation ends with its line, so it never carries past the paragraph
            var close = Math.Min(q.Close, LineOf(q.Open).End);
            end = Math.Max(end, Sentences[SentenceOfOffset(Math.Max(0, close - 1))].Span.End);
        }
        return end;
    }

    public string Slice(TextSpan span) => span.Of(Text);
}
