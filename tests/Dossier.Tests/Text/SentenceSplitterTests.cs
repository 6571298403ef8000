using Dossier.Text;

namespace Dossier.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Split(string s) => [.. SentenceSplitter.Split(TextNormalizer.Normalize(s)).Select(x => x.Text)];

    [Fact]
    public void Should_Not_Split_After_Initials_Titles_Months_Or_Acronyms()
    {
        var s = Split("US Vice President J.D. Vance on Friday accused Denmark. Mr. Earnest said the talks begin on Jan. 23 in the U.S. capital. The U.N. resolution called on states.");
        Assert.Equal(3, s.Length);
        Assert.StartsWith("Mr. Earnest", s[1]);
        Assert.StartsWith("The U.N.", s[2]);
    }

    [Fact]
    public void Should_Split_After_Acronym_When_A_Sentence_Starter_Follows()
    {
        var s = Split("He flew to the U.S. The talks failed.");
        Assert.Equal(["He flew to the U.S.", "The talks failed."], s);
    }

    [Fact]
    public void Should_Keep_Decimals_And_Split_Quotations_At_Inner_Boundary()
    {
        var s = Split("There are 1.43 million people. “We have no objection. The important thing is to fight terrorism,” he said. Next line");
        Assert.Equal(4, s.Length);
        Assert.Equal("There are 1.43 million people.", s[0]);
        Assert.Equal("\"We have no objection.", s[1]);
        Assert.StartsWith("The important thing", s[2]);
    }

    [Fact]
    public void Should_Treat_Line_Breaks_As_Boundaries_And_Keep_Offsets()
    {
        var text = "Headline without stop\n\nBody one. Body two.";
        var s = SentenceSplitter.Split(text);
        Assert.Equal(3, s.Length);
        Assert.All(s, x => Assert.Equal(x.Text, x.Span.Of(text)));
    }

    [Fact]
    public void Should_Not_Split_Question_In_Quote_Followed_By_Lowercase()
    {
        Assert.Single(Split("\"Why now?\" he asked."));
    }
}
