using Dossier.Model;
using Dossier.Summarize;

namespace Dossier.Tests.Summarize;

public class SummarizerSeedTests
{
    private static readonly Summarizer Summarizer = new();

    [Fact]
    public void Should_Back_A_Sentence_With_Both_Outlets_That_Reported_It()
    {
        // Given
        var articles = new[] { SummaryArticles.Assad(), SummaryArticles.S001() };

        // When
        var summary = Summarizer.Summarize(articles);

        // Then
        Assert.Contains(summary, s => s.Support.Prepend(s.Origin).Select(r => r.ArticleId).Distinct().Order().SequenceEqual(["s000", "s001"]));
    }

    [Fact]
    public void Should_List_Only_Other_Articles_As_Support_And_Keep_The_Origins_Words()
    {
        // Given
        var articles = new[] { SummaryArticles.Assad(), SummaryArticles.S001() };

        // When
        var summary = Summarizer.Summarize(articles, 250);

        // Then
        Assert.All(summary, s =>
        {
            Assert.DoesNotContain(s.Support, r => r.ArticleId == s.Origin.ArticleId);
            var origin = articles.Single(a => a.Article.Id == s.Origin.ArticleId).Article.Sentences[s.Origin.Sentence].Text;
            Assert.True(WordsInOrder(s.Text, origin), $"{s.Text} | {origin}");
        });
    }

    [Theory]
    [InlineData(15)]
    [InlineData(40)]
    [InlineData(100)]
    [InlineData(250)]
    public void Should_Stay_Within_The_Word_Budget(int maxWords)
    {
        // Given
        var articles = new[] { SummaryArticles.Assad(), SummaryArticles.S001(), SummaryArticles.S002(), SummaryArticles.S003() };

        // When
        var summary = Summarizer.Summarize(articles, maxWords);

        // Then
        Assert.True(summary.Sum(s => SummaryArticles.Words(s.Text)) <= maxWords);
        if (maxWords >= 100) Assert.True(summary.Sum(s => SummaryArticles.Words(s.Text)) >= maxWords / 2);
    }

    [Fact]
    public void Should_Not_Repeat_A_Sentence_Two_Outlets_Both_Ran()
    {
        // Given: 000 and 001 carry the same quotations almost word for word
        var articles = new[] { SummaryArticles.Assad(), SummaryArticles.S001() };

        // When
        var summary = Summarizer.Summarize(articles, 400);

        // Then
        Assert.Equal(summary.Length, summary.Select(s => s.Text).Distinct().Count());
        Assert.Equal(summary.Length, summary.Select(s => s.Origin).Distinct().Count());
        Assert.True(summary.Count(s => s.Text.Contains("A small possibility remains", StringComparison.Ordinal)) <= 1);
        Assert.True(summary.Count(s => s.Text.Contains("In an interview broadcast on Tuesday", StringComparison.Ordinal)) <= 1);
    }

    [Fact]
    public void Should_Give_The_Same_Summary_Every_Time()
    {
        // Given
        var articles = new[] { SummaryArticles.S003(), SummaryArticles.Assad(), SummaryArticles.S002(), SummaryArticles.S001() };

        // When
        var first = Summarizer.Summarize(articles, 150);
        var second = new Summarizer().Summarize(articles, 150);

        // Then
        Assert.Equal(Describe(first), Describe(second));
    }

    [Fact]
    public void Should_Skip_Captions_Headlines_And_Quote_Fragments()
    {
        // Given: 001 still has its headline, "Photo by: Reuters" and the agency line
        var articles = new[] { SummaryArticles.S001(), SummaryArticles.S002() };

        // When
        var summary = Summarizer.Summarize(articles, 400);

        // Then
        Assert.NotEmpty(summary);
        Assert.All(summary, s =>
        {
            Assert.True(SummaryArticles.Words(s.Text) >= SummaryOptions.DefaultMinWords, s.Text);
            Assert.Matches("[.!?][\"')]*$", s.Text);
            Assert.Equal(0, s.Text.Count(c => c == '"') % 2);
        });
    }

    [Fact]
    public void Should_Order_Sentences_By_Article_Date_Then_Position()
    {
        // Given: input order is not date order
        var articles = new[] { SummaryArticles.Assad(), SummaryArticles.S003(), SummaryArticles.S002() };
        var dates = articles.ToDictionary(a => a.Article.Id, a => a.Article.Published!.Start!.Value);

        // When
        var summary = Summarizer.Summarize(articles, 250);

        // Then
        var keys = summary.Select(s => (dates[s.Origin.ArticleId], s.Origin.Sentence)).ToList();
        Assert.Equal(keys.Order().ToList(), keys);
        Assert.True(summary.Select(s => s.Origin.ArticleId).Distinct().Count() >= 2);
    }

    /// <summary>A compressed wording takes words out of its origin sentence; it never adds or reorders any.</summary>
    private static bool WordsInOrder(string text, string origin)
    {
        static string[] Words(string t) => t.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', '"')).ToArray();
        var from = Words(origin);
        var at = 0;
        foreach (var w in Words(text))
        {
            while (at < from.Length && from[at] != w) at++;
            if (at++ >= from.Length) return false;
        }
        return true;
    }

    private static string Describe(IEnumerable<SummarySentence> summary) =>
        string.Join("|", summary.Select(s => $"{s.Origin}:{s.Text}:{string.Join(",", s.Support)}"));
}
