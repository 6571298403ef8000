using Dossier.Extract;
using Dossier.Model;

namespace Dossier.Tests.Extract;

public class HtmlExtractorMetadataTests
{
    private const string Prose =
        "<p>The council voted on Tuesday to close the old bridge, citing a report that found serious corrosion in its steel supports.</p>"
        + "<p>Engineers said the structure, built in 1931, could no longer carry heavy traffic, and that repairs would cost more than a new span.</p>";

    private static ExtractedPage Extract(string head, string body = "<article>" + Prose + "</article>") =>
        new HtmlExtractor().Extract($"<html lang=\"en-GB\"><head>{head}</head><body>{body}</body></html>");

    [Fact]
    public void Should_Read_Open_Graph_And_Meta_Tags()
    {
        var page = Extract("""
            <title>Bridge to close | Example Times</title>
            <meta property="og:title" content="Bridge to close">
            <meta property="og:url" content="https://example.com/og">
            <link rel="canonical" href="https://example.com/bridge">
            <meta property="og:site_name" content="Example Times">
            <meta name="author" content="Jane Doe">
            <meta property="article:published_time" content="2019-11-19T08:05:00-05:00">
            """);
        Assert.Equal("Bridge to close", page.Title);
        Assert.Equal("https://example.com/bridge", page.Url);
        Assert.Equal("Example Times", page.SiteName);
        Assert.Equal("Jane Doe", page.Byline);
        Assert.Equal(new DateValue(2019, 11, 19, 8, 5), page.Published);
        Assert.Equal("en-GB", page.Language);
        Assert.Null(page.Error);
    }

    [Fact]
    public void Should_Read_Json_Ld_In_A_Graph()
    {
        var page = Extract("""
            <title>Bridge to close - Example Times</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Example Times"},
              {"@type":"NewsArticle","headline":"Bridge to close","datePublished":"2019-11-19",
               "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
               "url":"https://example.com/bridge"}]}</script>
            """);
        Assert.Equal("Bridge to close", page.Title);
        Assert.Equal("Jane Doe, John Roe", page.Byline);
        Assert.Equal(new DateValue(2019, 11, 19), page.Published);
        Assert.Equal("https://example.com/bridge", page.Url);
    }

    [Fact]
    public void Should_Survive_Broken_Json_Ld_And_Strip_The_Site_From_The_Title()
    {
        var page = Extract("""<title>Council votes to close the old bridge | Example Times</title><script type="application/ld+json">{"@type": "NewsArticle", </script>""");
        Assert.Equal("Council votes to close the old bridge", page.Title);
        Assert.NotNull(page.Text);
    }

    [Fact]
    public void Should_Read_Byline_And_Date_From_The_Article_Not_The_Masthead()
    {
        var page = Extract("<title>x</title>", """
            <div class="masthead"><time datetime="2026-11-23">Monday, November 23, 2026</time></div>
            <article><h1>Bridge to close</h1><p class="byline">By Jane Doe | November 18, 2019</p>
            <time datetime="2019-11-18T14:41">Nov 18, 2019</time>
            """ + Prose + "</article>");
        Assert.Equal("Bridge to close", page.Title);
        Assert.Equal("Jane Doe", page.Byline);
        Assert.Equal(new DateValue(2019, 11, 18, 14, 41), page.Published);
    }

    [Fact]
    public void Should_Find_A_Plain_By_Line_And_Rel_Author()
    {
        Assert.Equal("Jane Doe", Extract("", "<article><p>By Jane Doe</p>" + Prose + "</article>").Byline);
        Assert.Equal("John Roe", Extract("", "<article><a rel=\"author\" href=\"/john\">John Roe</a>" + Prose + "</article>").Byline);
    }

    [Fact]
    public void Should_Prefer_People_To_Organisations_And_Fall_Back_To_The_Url_Date()
    {
        var page = Extract("""
            <link rel="canonical" href="https://example.com/news/2019/11/18/bridge-to-close/">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge",
              "author":[{"@type":"Organization","name":"Example Times"},{"@type":"Person","name":"Jane Doe"}]}</script>
            """);
        Assert.Equal("Jane Doe", page.Byline);
        Assert.Equal(new DateValue(2019, 11, 18), page.Published);
    }

    [Fact]
    public void Should_Prefer_A_Json_Ld_Person_To_A_Publisher_In_Meta_Author()
    {
        var page = Extract("""
            <meta name="author" content="Example Media Group">
            <script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Molly Wood"}]}</script>
            """);
        Assert.Equal("Molly Wood", page.Byline);
    }

    [Theory]
    [InlineData("https://example.com/2019/11/18/story.html", "2019-11-18")]
    [InlineData("https://example.com/2019/nov/18/story", "2019-11-18")]
    [InlineData("https://example.com/2019/11/story-title", "2019-11")]
    [InlineData("https://example.com/story-1206313", null)]
    public void Should_Read_Dates_From_Urls(string url, string? iso) =>
        Assert.Equal(iso, PageDateParser.FromUrl(url)?.ToIso());

    [Theory]
    [InlineData("2019-11-19T13:00:00.000Z", "2019-11-19T13:00")]
    [InlineData("2019-11-19", "2019-11-19")]
    [InlineData("20191119", "2019-11-19")]
    [InlineData("2019/11/19 8:00", "2019-11-19T08:00")]
    [InlineData("Tue, 19 Nov 2019 13:00:00 GMT", "2019-11-19T13:00")]
    [InlineData("November 19, 2019 8:05 PM", "2019-11-19T20:05")]
    [InlineData("Nov. 19, 2019", "2019-11-19")]
    public void Should_Parse_Page_Date_Formats(string raw, string iso) =>
        Assert.Equal(iso, PageDateParser.Parse(raw)?.ToIso());

    [Theory]
    [InlineData("1574168580")]
    [InlineData("2019-13-40")]
    [InlineData("yesterday")]
    public void Should_Reject_What_Is_Not_A_Date(string raw) => Assert.Null(PageDateParser.Parse(raw));
}
