using System.Text;
using Dossier.Extract;

namespace Dossier.Tests.Extract;

public class HtmlExtractorRobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("<html><head><title>Nothing</title></head><body></body></html>")]
    [InlineData("<html><body><nav><a href=\"/\">Home</a></nav><script>var x = 'a long script that is not prose at all';</script></body></html>")]
    public void Should_Report_An_Error_When_There_Is_No_Article(string html)
    {
        var page = new HtmlExtractor().Extract(html);
        Assert.Null(page.Text);
        Assert.Equal(HtmlExtractor.NoArticleError, page.Error);
    }

    [Theory]
    [InlineData("<html><body><div><p>Unclosed paragraph, with commas, and more text than twenty-five chars<div><span>still <b>going")]
    [InlineData("<<<>>><p>Text, after, junk that is long enough to count as prose here</p></td></tr></table></html></body>")]
    [InlineData("<p>Text with an <a href='x'>unterminated link, and a comment <!-- never closed")]
    [InlineData("\0\u0001<p>Control characters, before the text, which is long enough to matter</p>")]
    [InlineData("<script type='application/ld+json'>{\"headline\":\"\uD800\"}</script><p>A lone surrogate in the JSON-LD, then text.</p>")]
    [InlineData("<frameset><frame src='a.html'></frameset>")]
    public void Should_Not_Throw_On_Broken_Html(string html)
    {
        var page = new HtmlExtractor().Extract(html);
        Assert.True(page.Text is not null || page.Error is not null);
    }

    [Fact]
    public void Should_Take_Bare_Text_As_The_Body_When_The_Page_Has_No_Paragraphs()
    {
        var page = new HtmlExtractor().Extract("Just text, no markup at all, as some crawlers save it.");
        Assert.Equal("Just text, no markup at all, as some crawlers save it.", page.Text);
    }

    [Fact]
    public void Should_Survive_Very_Deep_Nesting()
    {
        var sb = new StringBuilder("<html><body>");
        for (var i = 0; i < 5_000; i++) sb.Append("<div>");
        sb.Append("<p>Deep inside, the text, which has commas, still reads as an article paragraph.</p>");
        var page = new HtmlExtractor().Extract(sb.ToString());
        Assert.Contains("Deep inside", page.Text);
    }

    [Fact]
    public void Should_Decode_Utf8_Unless_The_Page_Declares_Another_Charset()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Assert.Equal("<p>café</p>", Dossier.Ingest.TextDecoder.Decode(Encoding.UTF8.GetBytes("<p>café</p>"), out _));
        var latin = "<meta charset=\"windows-1252\"><p>café – 5€</p>";
        Assert.Equal(latin, Dossier.Ingest.TextDecoder.Decode(Encoding.GetEncoding(1252).GetBytes(latin), out _));
    }
}
