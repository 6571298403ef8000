using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests;

/// <summary>The JSON API and the server's manners, over plain HTTP: what the pages rely on, 404s, read-only, headers.</summary>
public class ApiTests(SeedsServer server) : IClassFixture<SeedsServer>
{
    private async Task<JsonElement> Json(string path)
    {
        var r = await server.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.StartsWith("application/json", r.Content.Headers.ContentType!.ToString());
        return JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<string> SyriaId() =>
        (await Json("/api/stories")).EnumerateArray().Single(s => s.GetProperty("articles").GetInt32() == 5).GetProperty("id").GetString()!;

    [Fact]
    public void Should_Listen_On_Loopback_Only()
    {
        Assert.Equal("127.0.0.1", server.Url.Host);
        Assert.NotEqual(0, server.Url.Port);
    }

    [Fact]
    public async Task Should_List_The_Stories_Newest_First_With_Counts()
    {
        var stories = (await Json("/api/stories")).EnumerateArray().ToList();
        Assert.Equal(5, stories.Count);
        var lasts = stories.Select(s => s.GetProperty("last").GetString() ?? "").ToList();
        Assert.Equal(lasts.OrderDescending(StringComparer.Ordinal), lasts);
        var syria = stories.Single(s => s.GetProperty("articles").GetInt32() == 5);
        Assert.Equal(syria.GetProperty("outletNames").GetArrayLength(), syria.GetProperty("outlets").GetInt32());
        Assert.StartsWith("2015", syria.GetProperty("first").GetString());
    }

    [Theory]
    [InlineData("assad")]                 // an entity's name
    [InlineData("al-Assad coalition")]    // an alias and a title word: every word must match
    [InlineData("ASTANA")]                // named only in 004, the Syria story's January 2017 piece
    public async Task Should_Find_The_Syria_Story_By_Words_Or_Entities(string q)
    {
        var ids = (await Json("/api/stories?q=" + Uri.EscapeDataString(q))).EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.Contains(await SyriaId(), ids);
    }

    [Theory]
    [InlineData("' OR 1=1 --")]
    [InlineData("\"; DROP TABLE stories; --")]
    [InlineData("nothing-like-this-anywhere")]
    public async Task Should_Find_Nothing_For_Words_No_Story_Has(string q) =>
        Assert.Empty((await Json("/api/stories?q=" + Uri.EscapeDataString(q))).EnumerateArray());

    [Fact]
    public async Task Should_Give_Each_Summary_Sentence_Its_Source_Sentences_Text()
    {
        var story = await Json("/api/stories/" + await SyriaId());
        foreach (var s in story.GetProperty("summary").EnumerateArray())
        {
            var refs = s.GetProperty("sentences").EnumerateArray().ToList();
            Assert.NotEmpty(refs);
            foreach (var r in refs)
            {
                var article = await Json("/api/articles/" + r.GetProperty("article").GetString());
                var text = article.GetProperty("text").GetString()!;
                Assert.Equal(text[r.GetProperty("start").GetInt32()..r.GetProperty("end").GetInt32()], r.GetProperty("text").GetString());
            }
        }
        Assert.Equal(story.GetProperty("articles").GetArrayLength(), story.GetProperty("articleInfo").EnumerateObject().Count());
    }

    [Fact]
    public async Task Should_Link_An_Articles_Sentences_To_The_Story_Items_That_Cite_Them()
    {
        var story = await Json("/api/stories/" + await SyriaId());
        var origin = story.GetProperty("summary")[0].GetProperty("sentences")[0];
        var article = await Json("/api/articles/" + origin.GetProperty("article").GetString());
        var sentence = article.GetProperty("sentences")[origin.GetProperty("sentence").GetInt32()];
        var link = sentence.GetProperty("links").EnumerateArray().First(l => l.GetProperty("kind").GetString() == "summary");
        Assert.Equal(story.GetProperty("id").GetString(), link.GetProperty("story").GetString());
        Assert.Equal(0, link.GetProperty("item").GetInt32());
        Assert.Contains(article.GetProperty("stories").EnumerateArray(), s => s.GetProperty("id").GetString() == story.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Should_Find_The_Rewrite_Of_The_Assad_Interview_As_A_Near_Duplicate()
    {
        // 001 rewrites 000's Assad piece (README, Cluster): they share long runs of words.
        var story = await Json("/api/stories/" + await SyriaId());
        var articles = new List<JsonElement>();
        foreach (var id in story.GetProperty("articles").EnumerateArray()) articles.Add(await Json("/api/articles/" + id.GetString()));
        var rewrite = articles.Single(a => Path.GetFileName(a.GetProperty("path").GetString()!).StartsWith("001_", StringComparison.Ordinal));
        var original = articles.Single(a => Path.GetFileName(a.GetProperty("path").GetString()!).StartsWith("000_", StringComparison.Ordinal));
        var found = rewrite.GetProperty("nearDuplicates").EnumerateArray().Single(d => d.GetProperty("id").GetString() == original.GetProperty("id").GetString());
        Assert.True(found.GetProperty("overlap").GetDouble() >= 0.2);
        Assert.DoesNotContain(rewrite.GetProperty("nearDuplicates").EnumerateArray(), d => d.GetProperty("id").GetString() == rewrite.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("/api/stories/no-such-story")]
    [InlineData("/api/articles/0000000000000000")]
    [InlineData("/api/articles/' OR '1'='1")]
    [InlineData("/api/nothing-here")]
    [InlineData("/stories/no-such-story")]
    [InlineData("/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/no/such/page")]
    public async Task Should_Answer_Unknown_Addresses_With_404_And_No_Stack_Trace(string path)
    {
        var r = await server.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        var body = await r.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("<script>alert", body);
    }

    [Fact]
    public async Task Should_Refuse_Writes_And_Leave_The_Store_Unchanged()
    {
        var before = SHA256.HashData(await File.ReadAllBytesAsync(server.DbPath));
        var id = await SyriaId();
        foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
        {
            var r = await server.Http.SendAsync(new HttpRequestMessage(method, "/api/stories/" + id) { Content = new StringContent("{}") });
            Assert.Equal(HttpStatusCode.MethodNotAllowed, r.StatusCode);
        }
        await Json("/api/stories");
        await Json("/api/stories/" + id);
        Assert.Equal(before, SHA256.HashData(await File.ReadAllBytesAsync(server.DbPath)));
    }

    [Fact]
    public async Task Should_Send_A_Content_Security_Policy_That_Runs_Only_The_Pages_Own_Script()
    {
        var r = await server.Http.GetAsync("/");
        var csp = string.Join(";", r.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp);
        Assert.Contains("script-src 'nonce-", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        var html = await r.Content.ReadAsStringAsync();
        Assert.DoesNotContain("src=\"http", html);   // nothing fetched from elsewhere: the page works offline
        Assert.DoesNotContain("href=\"http", html);
    }
}
