using System.Collections.Frozen;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Cluster;

/// <summary>What clustering compares about one article: its weighted content words, the names it mentions and when it appeared.</summary>
internal sealed record ArticleProfile(int Index, Article Article, TermVector Terms, FrozenSet<string> Names, DateSpan? When)
{
    public string Id => Article.Id;

    /// <summary>The profile of the next article of a stream, weighed with what the stream has seen so far (itself included).</summary>
    internal static string Heading(Article a)
    {
        var slug = Uri.TryCreate(a.Url, UriKind.Absolute, out var u) ? string.Join(' ', u.AbsolutePath.Split('/', '-', '_', '.').Where(w => w.Length > 2 && w.All(char.IsLetter) && w is not ("html" or "htm" or "php" or "aspx" or "story" or "news"))) : "";
        return (a.Title ?? "") + "\n" + slug;
    }

    public static ArticleProfile Of(int index, AnnotatedArticle a, StreamIdf idf)
    {
        var tokens = a.Tokens.IsDefaultOrEmpty ? Tokenizer.Tokenize(a.Article.Text) : a.Tokens;
        // the headline and the address's slug say what the article is about as plainly as its body: they count as words of it
        var stems = TermWeighting.ContentStems(tokens.Concat(Tokenizer.Tokenize(Heading(a.Article))));
        idf.Add(stems);
        return new ArticleProfile(index, a.Article, TermWeighting.UnitTfIdf(stems, t => idf[t]),
            EntityKeys.Of(a, tokens).ToFrozenSet(StringComparer.Ordinal), DateSpan.Of(a.Article.Published));
    }
}
