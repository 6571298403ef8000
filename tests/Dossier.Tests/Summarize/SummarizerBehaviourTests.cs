using Dossier.Model;
using Dossier.Summarize;
using Dossier.Tests.Support;

namespace Dossier.Tests.Summarize;

public class SummarizerBehaviourTests
{
    private static readonly Summarizer Summarizer = new();

    [Fact]
    public void Should_Return_Nothing_Without_Articles_Or_Budget()
    {
        // Given
        var one = new[] { SummaryArticles.S001() };

        // When
        var none = Summarizer.Summarize([]);
        var zero = Summarizer.Summarize(one, 0);

        // Then
        Assert.Empty(none);
        Assert.Empty(zero);
    }

    [Fact]
    public void Should_Prefer_A_Sentence_That_Names_Its_Subject_Over_One_Opening_On_A_Pronoun()
    {
        // Given: the same fact, once opening on "He", once naming the mayor
        var a = Annotated("a", "He said the old river bridge would reopen to traffic on Monday after repairs to its deck.\nThe council met on Friday to approve the budget for roads and bridges.");
        var b = Annotated("b", "Mayor Jane Ortiz said the old river bridge would reopen to traffic on Monday after deck repairs.\nResidents have waited months for the crossing to reopen.");

        // When
        var summary = Summarizer.Summarize([a, b], 20);

        // Then
        var s = Assert.Single(summary);
        Assert.StartsWith("Mayor Jane Ortiz", s.Text, StringComparison.Ordinal);
        Assert.Equal<string>(["a"], s.Support.Select(r => r.ArticleId));
    }

    [Fact]
    public void Should_Lean_Towards_The_Query_When_Given_One()
    {
        // Given
        var articles = new[] { SummaryArticles.Assad(), SummaryArticles.S001() };

        // When
        var plain = Summarizer.Summarize(articles, 60);
        var asked = Summarizer.Summarize(articles, 60, query: "What role can Oman play in resolving the Syrian crisis?");

        // Then
        Assert.DoesNotContain(plain, s => s.Text.Contains("Oman", StringComparison.Ordinal));
        Assert.Contains(asked, s => s.Text.Contains("Oman", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Put_Articles_With_Unknown_Or_Impossible_Dates_Last()
    {
        // Given
        var undated = TestData.Annotated(TestData.Article("The old river bridge reopened to traffic on Monday after six months of repairs to its deck.", id: "undated"));
        var impossible = TestData.Annotated(TestData.Article("Drivers said the river bridge traffic jams of the last six months are finally over for good.", id: "bad", published: new DateValue(2024, 13, 40)));
        var dated = Annotated("dated", "The city council approved the budget for the river bridge repairs in a vote last winter.");

        // When
        var summary = Summarizer.Summarize([undated, impossible, dated], 100);

        // Then
        Assert.Equal<string>(["dated", "undated", "bad"], summary.Select(s => s.Origin.ArticleId));
    }

    [Fact]
    public void Should_Prefer_The_Fact_Several_Articles_Report_And_Tell_It_Once()
    {
        // Given: three outlets report the dam's approval in their own words; one adds a detail no one else has
        var a = Annotated("a", "The regional council approved the new river dam on Friday after a long debate.\nA local baker said the debate had gone on far too long for his liking.");
        var b = Annotated("b", "Plans for the new river dam were approved by the regional council after months of argument.\nThe council chamber was repainted in the spring at a cost of ten thousand euros.");
        var c = Annotated("c", "The new river dam won the approval of the regional council, which had argued over it for months.\nSchoolchildren visited the old mill near the town square on Thursday afternoon.");

        // When
        var summary = Summarizer.Summarize([a, b, c], 20);

        // Then: the dam first (the budget may leave room for a detail after it), once, backed by the other two outlets
        Assert.Contains("river dam", summary[0].Text, StringComparison.Ordinal);
        var s = Assert.Single(summary, x => x.Text.Contains("river dam", StringComparison.Ordinal));
        Assert.Equal(["a", "b", "c"], s.Support.Prepend(s.Origin).Select(r => r.ArticleId).Distinct().Order());
    }

    [Theory]
    [InlineData("Will the new river dam be finished before the floods of next spring arrive?")]
    [InlineData("If you live near the river, your basement may flood when the new dam opens.")]
    [InlineData("FOR RELEASE SUN., OCT. 24 -- The new river dam opens to visitors on the weekend.")]
    [InlineData("``The new river dam will change the valley for ever, the engineer said.")]
    public void Should_Leave_Out_Questions_Asides_To_The_Reader_Routing_Lines_And_Cut_Quotations(string odd)
    {
        // Given: the odd sentence shares the story's concepts with a plain report in another article
        var a = Annotated("a", odd + "\nEngineers said the new river dam will open to visitors in the spring.");
        var b = Annotated("b", "The new river dam will open to visitors in the spring, engineers said on Monday.");

        // When
        var summary = Summarizer.Summarize([a, b], 100);

        // Then
        Assert.NotEmpty(summary);
        Assert.DoesNotContain(summary, s => s.Origin.ArticleId == "a" && s.Origin.Sentence == 0);
    }

    [Fact]
    public void Should_Drop_The_Dateline_And_Keep_The_Source_Wording()
    {
        // Given
        var a = Annotated("a", "BEIJING (AP) _ Workers from a state cement factory surrounded government offices for five days.");
        var b = Annotated("b", "Workers from a state cement factory surrounded government offices in protest for five days.");

        // When
        var summary = Summarizer.Summarize([a, b], 30);

        // Then
        Assert.All(summary, s => Assert.DoesNotContain("(AP)", s.Text, StringComparison.Ordinal));
        Assert.Contains(summary, s => s.Text.StartsWith("Workers from a state cement factory", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Quote_Origin_Sentences_Verbatim_When_Compression_Is_Off()
    {
        // Given
        var a = Annotated("a", "BEIJING (AP) _ Workers from a state cement factory surrounded government offices for five days, a rights group said.");
        var b = Annotated("b", "Workers from a state cement factory surrounded government offices in protest for five days.");

        // When
        var summary = new Summarizer(SummaryOptions.Default with { Compress = false }).Summarize([a, b], 100);

        // Then
        Assert.NotEmpty(summary);
        Assert.All(summary, s => Assert.Equal(s.Origin.Span.Of(new[] { a, b }.Single(x => x.Article.Id == s.Origin.ArticleId).Article.Text), s.Text));
    }

    private static AnnotatedArticle Annotated(string id, string text) =>
        TestData.Annotated(TestData.Article(text, id: id, published: new DateValue(2024, 5, 6)));
}
