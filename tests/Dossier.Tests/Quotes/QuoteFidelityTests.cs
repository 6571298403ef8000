using Dossier.Model;
using Dossier.Quotes;
using Dossier.Quotes.Fidelity;
using Dossier.Tests.Support;
using Dossier.Text;

namespace Dossier.Tests.Quotes;

/// <summary>The same quotation across outlets: misquotes flagged, respellings and punctuation not.</summary>
public class QuoteFidelityTests
{
    private static AnnotatedArticle Annotated(string text, string id)
    {
        var article = TestData.Article(text, id: id);
        var tokens = Tokenizer.Tokenize(article.Text);
        return new AnnotatedArticle(article, tokens, [], [], new QuoteExtractor().Extract(article, tokens, []));
    }

    private static QuoteVariant Variant(IEnumerable<QuoteVariant> variants, string words) =>
        Assert.Single(variants, v => v.First.Text.Contains(words, StringComparison.Ordinal) && v.Second.Text.Contains(words, StringComparison.Ordinal));

    [Fact]
    public void Should_Flag_The_Quote_That_Drops_Made_No_Sense()
    {
        // Given: 000 gives Assad's words as what "made no sense", 001 as what he said
        var articles = new[] { Annotated(TestData.SeedText("000"), "000"), Annotated(TestData.SeedText("001"), "001") };

        // When
        var v = Variant(QuoteFidelity.Compare(articles), "would be the states that will fight terrorism");

        // Then
        Assert.True(v.ChangesMeaning);
        Assert.Contains(v.Changes, c => c is { Kind: WordChangeKind.Dropped, First: "sense", Meaningful: true });
        Assert.Contains(v.Changes, c => c is { Kind: WordChangeKind.Dropped, First: "no", Meaningful: true });
    }

    [Fact]
    public void Should_Not_Flag_A_Spelling_Variant()
    {
        // Given: "realized" in 000, "realised" in 001
        var articles = new[] { Annotated(TestData.SeedText("000"), "000"), Annotated(TestData.SeedText("001"), "001") };

        // When
        var v = Variant(QuoteFidelity.Compare(articles), "A small possibility remains");

        // Then
        Assert.False(v.ChangesMeaning);
        Assert.Contains(v.Changes, c => c is { Kind: WordChangeKind.Respelled, First: "realized", Second: "realised" });
    }

    [Theory]
    [InlineData("\"We will not raise taxes on working families next year,\" Lee said.", "\"We will raise taxes on working families next year,\" Lee said.", true)]
    [InlineData("\"We will raise taxes on working families next year,\" Lee said.", "\"We will raise the taxes on working families, next year!\" Lee said.", false)]
    [InlineData("\"The labour party will analyse the centre of the programme,\" Lee said.", "\"The labor party will analyze the center of the programme,\" Lee said.", false)]
    public void Should_Flag_Only_Changes_Of_Meaning(string first, string second, bool flagged)
    {
        // Given
        var articles = new[] { Annotated(first, "a"), Annotated(second, "b") };

        // When
        var v = Assert.Single(QuoteFidelity.Compare(articles));

        // Then
        Assert.Equal(flagged, v.ChangesMeaning);
    }
}
