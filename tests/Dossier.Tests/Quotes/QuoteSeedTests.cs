using System.Collections.Immutable;
using Dossier.Model;
using Dossier.Quotes;
using Dossier.Tests.Support;
using Dossier.Text;

namespace Dossier.Tests.Quotes;

/// <summary>The quote stage on the five seed articles (one story from five outlets), without upstream mentions.</summary>
public class QuoteSeedTests
{
    private static (Article Article, ImmutableArray<Quote> Quotes) Run(string seed)
    {
        var article = TestData.Article(TestData.SeedText(seed), id: seed);
        return (article, new QuoteExtractor().Extract(article, Tokenizer.Tokenize(article.Text), []));
    }

    private static Quote Single(ImmutableArray<Quote> quotes, string textStart, bool direct = true) =>
        Assert.Single(quotes, q => q.Direct == direct && q.Text.StartsWith(textStart, StringComparison.Ordinal));

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    public void Should_Attribute_The_No_Objection_Quote_To_Assad(string seed)
    {
        // Given
        var (article, quotes) = Run(seed);

        // When
        var q = Single(quotes, "We have no objection. The important thing is to be able to form an alliance to fight terrorism");

        // Then
        Assert.Contains("Assad", q.Speaker);
        Assert.Equal("he", q.SpeakerSpan!.Value.Of(article.Text));
        Assert.Equal("said", q.Cue);
    }

    [Fact]
    public void Should_Find_Assads_Indirect_Statement_In_000()
    {
        // Given
        var (_, quotes) = Run("000");

        // When
        var q = Single(quotes, "the Syrian government would not reject such an alliance", direct: false);

        // Then
        Assert.Equal("Bashar al-Assad", q.Speaker);
        Assert.Equal("said", q.Cue);
        Assert.Equal("ReportedClause", q.Rule);
    }

    [Fact]
    public void Should_Attribute_The_Whoever_Quote_To_Walid_Al_Moallem_In_003()
    {
        // Given
        var (article, quotes) = Run("003");

        // When
        var q = Single(quotes, "Whoever wants to coordinate");

        // Then
        Assert.Equal("Walid al-Moallem", q.Speaker);
        // the cue tagger follows PolNeAR, whose cues never take in the hearer ("told", not "told reporters")
        Assert.Equal("told", q.Cue);
        Assert.Equal("Walid al- Moallem", q.SpeakerSpan!.Value.Of(article.Text));
    }

    [Fact]
    public void Should_Attribute_Mr_Earnests_Quotes_To_Josh_Earnest_In_003()
    {
        // Given
        var (_, quotes) = Run("003");

        // When
        var shouldnt = Single(quotes, "What you shouldn't necessarily do");
        var decision = Single(quotes, "The President has not made a decision");
        var hesitate = Single(quotes, "Mr. Obama would not hesitate", direct: false);
        var options = Single(quotes, "The Defence Department is always planning", direct: false);

        // Then
        Assert.All([shouldnt, decision, hesitate, options], q => Assert.Equal("Josh Earnest", q.Speaker));
    }

    [Fact]
    public void Should_Attribute_The_No_Limit_Quote_And_Its_Continuation_To_Assad_In_004()
    {
        // Given
        var (_, quotes) = Run("004");

        // When
        var q = Single(quotes, "There's no limit to negotiations");
        var rest = Single(quotes, "But who is going to be there");

        // Then
        Assert.Contains("Assad", q.Speaker);
        Assert.Equal(q.Speaker, rest.Speaker);
        Assert.Equal("Continuation", rest.Rule);
    }

    [Fact]
    public void Should_Attribute_Mekdads_Quotes_To_Faisal_Mekdad_In_002()
    {
        // Given
        var (_, quotes) = Run("002");

        // When
        var world = Single(quotes, "When the world defeats terrorism");
        var contacts = Single(quotes, "There are a lot of contacts");
        var letters = Single(quotes, "many of the European countries");

        // Then
        Assert.All([world, contacts, letters], q => Assert.Equal("Faisal Mekdad", q.Speaker));
    }

    [Fact]
    public void Should_Resolve_He_After_Rami_Abdel_Rahmans_Quote_In_003()
    {
        // Given
        var (article, quotes) = Run("003");

        // When
        var q = Single(quotes, "There are 150 Syrian Army soldiers");

        // Then
        Assert.Equal("he", q.SpeakerSpan!.Value.Of(article.Text));
        Assert.Equal("Rami Abdel Rahman", q.Speaker);
    }

    [Fact]
    public void Should_Resolve_The_Minister_To_The_Titled_Person_In_002()
    {
        // Given
        var (article, quotes) = Run("002");

        // When
        var q = Single(quotes, "his government supports the initiative", direct: false);

        // Then
        Assert.Equal("the minister", q.SpeakerSpan!.Value.Of(article.Text));
        Assert.Equal("Walid al-Moallem", q.Speaker);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Should_Give_Every_Quote_Text_And_Spans_Consistent_With_It(string seed)
    {
        // Given
        var (article, quotes) = Run(seed);

        // When / Then
        Assert.NotEmpty(quotes);
        foreach (var q in quotes)
        {
            Assert.False(string.IsNullOrWhiteSpace(q.Text));
            Assert.Equal(q.Text, q.ContentSpan.Of(article.Text));
            Assert.Equal(q.Cue, q.CueSpan.Of(article.Text));
            // a source is missing only where PolNeAR marks none: the tagger's passive and impersonal cues ("which | are accused of | …")
            if (q.SpeakerSpan is null) Assert.Equal("Tagger", q.Rule);
            Assert.InRange(q.Sentence, 0, article.Sentences.Length - 1);
            Assert.True(article.Sentences[q.Sentence].Span.Contains(q.CueSpan.Start));
            Assert.DoesNotContain('"', q.Direct ? q.Text : "");
        }
    }

    [Theory]
    [InlineData("000", "a miracle")]
    [InlineData("001", "a miracle")]
    [InlineData("004", "terrorists")]
    [InlineData("004", "to liberate")]
    public void Should_Not_Make_Scare_Quotes_Standalone_Direct_Quotes(string seed, string scare)
    {
        // Given
        var (_, quotes) = Run(seed);

        // When
        var direct = quotes.Where(q => q.Direct && q.Text.TrimEnd('.') == scare);

        // Then
        Assert.Empty(direct);
    }

    [Fact]
    public void Should_Resolve_A_Relative_Who_To_The_Minister_It_Follows_In_000()
    {
        // Given: "… the Syrian minister of foreign affairs, who has said such an alliance would need “a miracle.”"
        var (article, quotes) = Run("000");

        // When
        var q = Assert.Single(quotes, q => q.Text.StartsWith("such an alliance would need", StringComparison.Ordinal));

        // Then: PolNeAR's source is the relative pronoun; the speaker is the minister it stands for
        Assert.NotEqual("who", q.Speaker);
        Assert.Contains("minister", q.Speaker!, StringComparison.OrdinalIgnoreCase);
    }
}
