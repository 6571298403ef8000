using System.Collections.Immutable;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Cluster;

/// <summary>What clustering compares about one article: its topic words, the names it mentions, its wording and when it appeared.</summary>
internal sealed record ArticleProfile(int Index, Article Article, TermVector Terms, TermVector Names, ImmutableArray<ulong> Phrases, DateSpan? When)
{
    public string Id => Article.Id;

    /// <summary>
    /// Profiles for a whole batch. Term and name IDF are computed over the batch first, which is the only
    /// batch-wide step; assignment itself stays one pass in input order.
    /// </summary>
    public static ImmutableArray<ArticleProfile> Build(IReadOnlyList<AnnotatedArticle> articles)
    {
        var tokens = articles.Select(a => a.Tokens.IsDefaultOrEmpty ? Tokenizer.Tokenize(a.Article.Text) : a.Tokens).ToList();
        var terms = tokens.Select(t => TermWeighting.ContentStems(t)).ToList();
        var names = articles.Select((a, i) => EntityKeys.Of(a, tokens[i])).ToList();
        var termIdf = TermWeighting.Idf([.. terms.Select(t => (IEnumerable<string>)t)]);
        var nameIdf = TermWeighting.Idf([.. names.Select(n => (IEnumerable<string>)n)]);
        return [.. articles.Select((a, i) => new ArticleProfile(
            i,
            a.Article,
            TermWeighting.TfIdf(terms[i], termIdf),
            TermWeighting.TfIdf(names[i], nameIdf),
            Shingles.Of(tokens[i]),
            DateSpan.Of(a.Article.Published)))];
    }
}
