using Dossier.Extract;

namespace Dossier.Tests.Extract;

public class HtmlExtractorBodyTests
{
    private static readonly string Prose =
        "<p>The council voted on Tuesday to close the old bridge, citing a report that found serious corrosion in its steel supports.</p>"
        + "<p>Engineers said the structure, built in 1931, could no longer carry heavy traffic, and that repairs would cost more than a new span.</p>"
        + "<p>Residents, many of whom cross the bridge daily, asked for a temporary ferry while the replacement is designed and built.</p>";

    private static string Page(string article) => $$"""
        <html><head><title>Bridge to close | Example Times</title></head><body>
        <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
        <div class="layout">
          <article>{{article}}</article>
          <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Another story about something</a></li><li><a href="/b">Yet another story</a></li></ul></aside>
        </div>
        <footer><p>Copyright 2024 Example Times. All rights reserved, including the right to reproduce.</p></footer>
        </body></html>
        """;

    private static string Body(string html) => new HtmlExtractor().Extract(html).Text ?? "";

    [Fact]
    public void Should_Keep_The_Article_And_Drop_Navigation_Sidebar_And_Footer()
    {
        var text = Body(Page(Prose));
        Assert.StartsWith("The council voted on Tuesday", text);
        Assert.Contains("temporary ferry", text);
        Assert.DoesNotContain("Home", text);
        Assert.DoesNotContain("Most read", text);
        Assert.DoesNotContain("Copyright", text);
    }

    [Fact]
    public void Should_Separate_Paragraphs_By_A_Blank_Line_And_Collapse_Whitespace()
    {
        var text = Body(Page(Prose.Replace("voted on", "voted \n\t  on", StringComparison.Ordinal)));
        var paragraphs = text.Split("\n\n");
        Assert.Equal(3, paragraphs.Length);
        Assert.StartsWith("The council voted on Tuesday", paragraphs[0]);
    }

    [Fact]
    public void Should_Keep_Subheadings_And_Lists_As_Paragraphs_But_Not_The_Headline()
    {
        var text = Body(Page("<h1>Bridge to close</h1>" + Prose + "<h2>What happens next</h2><ul><li>A ferry from March, the council says.</li><li>A new bridge by 2027.</li></ul>"));
        var paragraphs = text.Split("\n\n");
        Assert.Contains("What happens next", paragraphs);
        Assert.Contains("A new bridge by 2027.", paragraphs);
        Assert.DoesNotContain("Bridge to close", paragraphs);
    }

    [Fact]
    public void Should_Remove_Comments_Related_Newsletter_And_Share_Blocks()
    {
        var text = Body(Page(
            "<div class=\"share-buttons\"><a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a></div>"
            + Prose
            + "<div class=\"newsletter-signup\"><p>Get the best of our reporting, delivered to your inbox every single morning.</p></div>"
            + "<section class=\"related-stories\"><h2>Related</h2><p><a href=\"/x\">Council approves budget for the year ahead after long debate</a></p></section>"
            + "<div id=\"comments\"><p>Great article, thanks, I have been saying this for years, and nobody ever listens.</p></div>"));
        Assert.Contains("temporary ferry", text);
        Assert.DoesNotContain("Facebook", text);
        Assert.DoesNotContain("inbox", text);
        Assert.DoesNotContain("budget", text);
        Assert.DoesNotContain("Great article", text);
    }

    [Fact]
    public void Should_Drop_Boilerplate_Lines_Inside_The_Article()
    {
        var text = Body(Page(Prose + "<p>Advertisement</p><p>Read more</p><p>Share this article</p>"));
        Assert.DoesNotContain("Advertisement", text);
        Assert.DoesNotContain("Read more", text);
        Assert.DoesNotContain("Share this", text);
    }

    [Fact]
    public void Should_Find_The_Article_By_Scoring_When_There_Is_No_Article_Element()
    {
        var html = "<html><body><div id=\"menu\"><a href=\"/\">Home</a><a href=\"/x\">World</a></div>"
            + "<div class=\"teasers\"><div><a href=\"/1\">First teaser headline here</a></div><div><a href=\"/2\">Second teaser headline</a></div></div>"
            + "<div class=\"story-body\">" + Prose + "</div></body></html>";
        var text = Body(html);
        Assert.StartsWith("The council voted", text);
        Assert.DoesNotContain("teaser", text);
    }

    [Fact]
    public void Should_Prefer_The_ItemProp_ArticleBody_Block()
    {
        var html = "<html><body><div><p>A long promotional paragraph about our subscription offers, with discounts, gifts, and more.</p></div>"
            + "<div itemprop=\"articleBody\">" + Prose + "</div></body></html>";
        var text = Body(html);
        Assert.StartsWith("The council voted", text);
        Assert.DoesNotContain("subscription", text);
    }

    [Fact]
    public void Should_Keep_A_Wrapper_With_A_Boilerplate_Name_When_It_Holds_The_Article()
    {
        // The only prose sits in a block whose class says "share": it is too big to be a share bar.
        var html = "<html><body><div class=\"share-wrapper\"><div>" + Prose + "</div></div></body></html>";
        Assert.Contains("temporary ferry", Body(html));
    }

    [Fact]
    public void Should_Keep_The_Article_When_The_Page_Wrapper_Has_A_Boilerplate_Name()
    {
        // Themes call the whole layout "with-sidebar"; the wrapper holds the headline, so it stays.
        var html = "<html><body><div class=\"container penci_sidebar\"><h1>Bridge to close</h1><div class=\"entry-content\">" + Prose
            + "</div></div><div class=\"widget\"><p>Some widget text that is long enough, with commas, to be scored.</p></div></body></html>";
        var text = Body(html);
        Assert.Contains("temporary ferry", text);
        Assert.DoesNotContain("widget", text);
    }

    [Fact]
    public void Should_Drop_A_Long_Comment_Thread_Even_Under_A_Content_Name()
    {
        var comments = string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"<div class=\"comment\"><p>Comment {i}: I have lived by this bridge for years, and honestly, it was about time they did something.</p></div>"));
        var html = "<html><body><article class=\"post\"><div class=\"entry\">" + Prose + "</div>"
            + "<div id=\"comments\" class=\"post-comments\">" + comments + "</div></article></body></html>";
        var text = Body(html);
        Assert.Contains("temporary ferry", text);
        Assert.DoesNotContain("Comment 3", text);
    }

    [Fact]
    public void Should_Drop_Teaser_Links_And_Link_Lists_But_Keep_Links_Inside_Sentences()
    {
        var html = Page(Prose.Replace("a report", "a <a href=\"/r\">report</a>", StringComparison.Ordinal)
            + "<p><a href=\"/other\">Who will pay for the new bridge?</a></p>"
            + "<ul><li><a href=\"/1\">Ferry timetable announced for spring</a></li><li><a href=\"/2\">Council budget row deepens</a></li>"
            + "<li><a href=\"/3\">Old bridge photos from 1931</a></li></ul>");
        var text = Body(html);
        Assert.Contains("citing a report that found", text);
        Assert.DoesNotContain("Who will pay", text);
        Assert.DoesNotContain("Ferry timetable", text);
    }

    [Fact]
    public void Should_Keep_A_Data_Table_In_The_Article()
    {
        var table = "<table class=\"results\"><tr class=\"player-1\"><td>1</td><td>Kyle Busch</td><td>5040</td></tr>"
            + "<tr class=\"player-2\"><td>2</td><td>Martin Truex Jr.</td><td>5035</td></tr></table>";
        var text = Body(Page(Prose + table));
        Assert.Contains("Kyle Busch", text);
        Assert.Contains("Martin Truex Jr.", text);
    }

    [Fact]
    public void Should_Prefer_The_Only_Article_Element_To_Prose_Beside_It()
    {
        var html = "<html><body><div class=\"wrap\"><article>" + Prose + Prose.Replace("council", "mayor", StringComparison.Ordinal) + "</article>"
            + "<div class=\"box\"><p>Our journalism depends on you, and today, more than ever, we need your support to keep reporting.</p>"
            + "<p>Become a member, from just a few pounds a month, and get the paper delivered, with all the supplements.</p></div>"
            + "</div></body></html>";
        var text = Body(html);
        Assert.Contains("temporary ferry", text);
        Assert.DoesNotContain("journalism", text);
    }
}
