using System.Collections.Immutable;
using Dossier.Model;
using Dossier.Quotes;
using Dossier.Text;

namespace Dossier.Tests.Support;

/// <summary>The quote stage on one short text, as the quote tests read it: no upstream mentions.</summary>
public static class QuoteRun
{
    public static ImmutableArray<Quote> Of(string text, bool useTagger = true)
    {
        var article = TestData.Article(text);
        return new QuoteExtractor(useTagger).Extract(article, Tokenizer.Tokenize(article.Text), []);
    }
}
