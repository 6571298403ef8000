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

    private static AnnotatedArticle Annotated(string id, string text) =>
        TestData.Annotated(TestData.Article(text, id: id, published: new DateValue(2024, 5, 6)));
}
