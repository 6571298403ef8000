using System.Collections.Immutable;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Summarize;

/// <summary>One sentence of one article with what the summariser compares: its stems' TF-IDF vector and its length.</summary>
internal sealed record SentenceUnit(int ArticleIndex, Article Article, Sentence Sentence, ImmutableArray<Token> Tokens, TermVector Vector)
{
    public SentenceRef Ref => new(Article.Id, Sentence.Index, Sentence.Span);

    /// <summary>Words as ROUGE counts them (whitespace-separated), so a word budget means the same to both.</summary>
    public int Words { get; } = WordCount(Sentence.Text);

    public static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// Every sentence of every article, with IDF computed over sentences (a term in every sentence of the batch
    /// says nothing about any one of them), smoothed as ln((1+N)/(1+df)) + 1.
    /// </summary>
    public static ImmutableArray<SentenceUnit> All(IReadOnlyList<AnnotatedArticle> articles, out Func<IEnumerable<string>, TermVector> vectorize)
    {
        var raw = new List<(int Article, Sentence Sentence, ImmutableArray<Token> Tokens, ImmutableArray<string> Stems)>();
        for (var i = 0; i < articles.Count; i++)
        {
            var a = articles[i];
            var tokens = a.Tokens.IsDefaultOrEmpty ? Tokenizer.Tokenize(a.Article.Text) : a.Tokens;
            foreach (var s in a.Article.Sentences)
            {
                var inside = tokens.Where(t => t.Span.Start >= s.Span.Start && t.Span.End <= s.Span.End).ToImmutableArray();
                raw.Add((i, s, inside, Stems(inside)));
            }
        }
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in raw)
            foreach (var t in r.Stems.Distinct(StringComparer.Ordinal))
                df[t] = df.GetValueOrDefault(t) + 1;
        var n = raw.Count;
        var idf = df.ToImmutableDictionary(kv => kv.Key, kv => Math.Log((1.0 + n) / (1.0 + kv.Value)) + 1.0, StringComparer.Ordinal);
        var unseen = Math.Log(1.0 + n) + 1.0;
        vectorize = terms => TermVector.TfIdf(terms, idf, unseen);
        var v = vectorize;
        return [.. raw.Select(r => new SentenceUnit(r.Article, articles[r.Article].Article, r.Sentence, r.Tokens, v(r.Stems)))];
    }

    public static ImmutableArray<string> Stems(IEnumerable<Token> tokens) =>
        [.. tokens.Where(t => t.IsWord && t.Text.Length > 1 && !Stopwords.Contains(t.Text) && t.Text.Any(char.IsLetter))
            .Select(t => Stemmer.Stem(t.Text))];
}
