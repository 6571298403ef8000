using Dossier.Clean;
using Dossier.Model;

namespace Dossier.Tests.Clean;

public class UrlLineTests
{
    private static Article[] Clean(string text) =>
        [.. ArticleCleaner.Clean(new RawDocument("doc.txt", InputFormat.Text, text), text)];

    [Fact]
    public void Should_Cut_A_Tokenised_Url_Line_Instead_Of_Making_It_A_Piece()
    {
        var text = "http : / / www . ocregister . com / angels / million - 416271 - http - red . html\n" +
                   "Report : Red Sox offer Teixeira $200 million\n" +
                   "Dan Patrick reported on his show that the Boston Red Sox have made first baseman Mark Teixeira an eight - year , $200 million offer .\n" +
                   "If so , that blows the reported offers by the Angels and the Washington Nationals out of the water .\n";
        var articles = Clean(text);
        var article = Assert.Single(articles);
        Assert.DoesNotContain("ocregister", article.Text);
        Assert.Contains(article.Removed, r => r.Rule == "url-line");
        // the line is the page's address: it gives the article its URL, and the outlet when the text names none
        Assert.Equal("http://www.ocregister.com/angels/million-416271-http-red.html", article.Url);
        Assert.Equal("ocregister.com", article.Source);
    }

    [Theory]
    [InlineData("https://www.example.com/news/story-123.html")]
    [InlineData("www . bbc . co . uk / news")]
    public void Should_Take_Bare_Addresses_For_Url_Lines(string line)
    {
        Assert.Contains(BoilerplatePatterns.Lines, p => p.Rule == "url-line" && p.Pattern.IsMatch(line));
    }

    [Theory]
    [InlineData("www.example.com has the full list of candidates.")]
    [InlineData("HTTP is the protocol of the web.")]
    public void Should_Keep_Sentences_That_Mention_An_Address(string line)
    {
        Assert.DoesNotContain(BoilerplatePatterns.Lines, p => p.Rule == "url-line" && p.Pattern.IsMatch(line));
    }
}
