using System.Text.Json;
using Dossier.Web.Tests.Browser;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests;

/// <summary>
/// The seeds' story walked through in a real headless Chromium, as a person would: list, search, open the
/// Syria story, click a summary marker, read the timeline, follow a source to its article. Returns early
/// (passes) when Chromium is not installed, so the rest of the suite still runs.
/// </summary>
public class StoryBrowserTests(SeedsServer server, Chromium chromium) : IClassFixture<SeedsServer>, IClassFixture<Chromium>
{
    private Uri At(string path) => new(server.Url, path);

    private async Task<JsonElement> Api(string path) => JsonDocument.Parse(await server.Http.GetStringAsync(path)).RootElement;

    private async Task<string> SyriaId() =>
        (await Api("/api/stories")).EnumerateArray().Single(s => s.GetProperty("articles").GetInt32() == 5).GetProperty("id").GetString()!;

    [Fact]
    public async Task Should_List_The_Stories_Newest_First_And_Search_Them()
    {
        if (!chromium.Available) return;
        await using var page = await chromium.NewPageAsync();
        await page.GotoAsync(At("/"));
        var lasts = (await page.EvaluateAsync("[...document.querySelectorAll('tr.story-row')].map(r => r.dataset.last)")).EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(5, lasts.Count);
        Assert.Equal(lasts.OrderDescending(StringComparer.Ordinal), lasts);
        Screenshots.AssertNotBlank(await page.ScreenshotAsync(Screenshots.File("stories.png")), "stories.png");

        // Typing in the search box filters as one types; "Astana" is named only in 004, which is part of the Syria story.
        var syria = await SyriaId();
        await page.ClickAsync("#q");
        await page.EvaluateAsync("(() => { const q = document.getElementById('q'); q.value = 'astana'; q.dispatchEvent(new Event('input')); })()");
        await page.WaitForAsync("location.search === '?q=astana' && document.body?.dataset.ready === '1'");
        var ids = (await page.EvaluateAsync("[...document.querySelectorAll('tr.story-row')].map(r => r.dataset.id)")).EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains(syria, ids);
        Assert.True(ids.Count < 5);

        await page.GotoAsync(At("/?q=no+such+words+anywhere"));
        Assert.Equal(0, (await page.EvaluateAsync("document.querySelectorAll('tr.story-row').length")).GetInt32());
    }

    [Fact]
    public async Task Should_Show_The_Syria_Story_With_Sources_Timeline_And_Speakers()
    {
        if (!chromium.Available) return;
        var syria = await SyriaId();
        var story = await Api("/api/stories/" + syria);
        await using var page = await chromium.NewPageAsync();
        await page.GotoAsync(At("/"));
        await page.ClickAsync($"tr.story-row[data-id='{syria}'] a.story-link");
        await page.WaitForAsync("location.pathname.startsWith('/stories/') && document.body?.dataset.ready === '1'");
        Assert.Equal(story.GetProperty("title").GetString(), await page.TextAsync("document.getElementById('story-title').textContent"));

        // One marker per summary sentence; clicking one shows the sentence it was taken from.
        var summary = story.GetProperty("summary").EnumerateArray().ToList();
        Assert.NotEmpty(summary);
        Assert.Equal(summary.Count, (await page.EvaluateAsync("document.querySelectorAll('#summary .marker').length")).GetInt32());
        Assert.Equal("true", await page.TextAsync("String(document.getElementById('source').hidden)"));
        await page.ClickAsync("#summary .marker[data-summary='0']");
        await page.WaitForAsync("!document.getElementById('source').hidden");
        var origin = summary[0].GetProperty("sentences")[0];
        var shown = await page.TextAsync("document.querySelector('#source .source-text').textContent");
        Assert.Equal(origin.GetProperty("text").GetString(), shown);
        var article = await Api("/api/articles/" + origin.GetProperty("article").GetString());
        Assert.Contains(shown, article.GetProperty("text").GetString());
        Assert.Equal(summary[0].GetProperty("sentences").GetArrayLength(), (await page.EvaluateAsync("document.querySelectorAll('#source .source').length")).GetInt32());

        // The timeline: in date order, and drawn left to right on the axis in that order.
        var dates = (await page.EvaluateAsync("[...document.querySelectorAll('#timeline li')].map(li => li.dataset.date)")).EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.True(dates.Count >= 2, $"{dates.Count} timeline dates");
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        var ticks = (await page.EvaluateAsync("[...document.querySelectorAll('#axis .tick')].map(t => [t.dataset.date, t.getBoundingClientRect().left])")).EnumerateArray().ToList();
        Assert.Equal(dates, ticks.Select(t => t[0].GetString()!));
        var lefts = ticks.Select(t => t[1].GetDouble()).ToList();
        Assert.Equal(lefts.Order(), lefts);
        Assert.True(lefts[^1] - lefts[0] > 500, "the axis spans the page");

        // Who said what: one group per speaker, every quote shown; entities with their aliases.
        var speakers = story.GetProperty("quotes").EnumerateArray().Select(q => q.TryGetProperty("entity", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : (q.GetProperty("speaker").GetString() ?? "").ToLowerInvariant()).Distinct().Count();
        Assert.Equal(speakers, (await page.EvaluateAsync("document.querySelectorAll('#quotes .speaker').length")).GetInt32());
        Assert.Equal(story.GetProperty("quotes").GetArrayLength(), (await page.EvaluateAsync("document.querySelectorAll('#quotes .quote').length")).GetInt32());
        var entities = await page.TextAsync("document.getElementById('entities').textContent");
        Assert.Contains("Bashar al-Assad", entities);
        Assert.Equal(story.GetProperty("outlets").GetArrayLength(), (await page.EvaluateAsync("document.querySelectorAll('#coverage .outlet').length")).GetInt32());

        // How the outlets differ: every disagreement of the story's compare section, the seeds' framing among them.
        Assert.Equal(story.GetProperty("compare").GetProperty("disagreements").GetArrayLength(), (await page.EvaluateAsync("document.querySelectorAll('#disagreements .disagreement').length")).GetInt32());
        Assert.Contains("echo", await page.TextAsync("document.querySelector(\"#disagreements [data-kind='framing']\").textContent"));
        var rendered = await page.TextAsync("document.getElementById('app').innerText");
        foreach (var slip in new[] { "[object", "undefined", "\nnull", "http://" }) Assert.DoesNotContain(slip, rendered);
        Screenshots.AssertNotBlank(await page.ScreenshotAsync(Screenshots.File("story.png")), "story.png");
        Screenshots.AssertNotBlank(await page.ScreenshotAsync(Screenshots.File("story-top.png"), CdpPage.Height + 300), "story-top.png");

        // Following the source leads to the article with that sentence marked as used by the story.
        await page.ClickAsync("#source .source a");
        await page.WaitForAsync("location.pathname.startsWith('/articles/') && document.body?.dataset.ready === '1'");
        var sentence = $"s-{origin.GetProperty("sentence").GetInt32()}";
        Assert.Equal("#" + sentence, await page.TextAsync("location.hash"));
        Assert.Equal("sent linked target", await page.TextAsync($"document.getElementById('{sentence}').className"));
        Assert.Equal(shown, await page.TextAsync($"document.getElementById('{sentence}').textContent"));
        Assert.Equal(article.GetProperty("removed").GetArrayLength(), (await page.EvaluateAsync("document.querySelectorAll('#removed li').length")).GetInt32());
        // The whole clean text is on the page, word for word, once the story marks beside sentences are left out.
        Assert.Equal(article.GetProperty("text").GetString(), await page.TextAsync("[...document.getElementById('text').childNodes].filter(n => !n.classList?.contains('cite')).map(n => n.textContent).join('')"));
        Screenshots.AssertNotBlank(await page.ScreenshotAsync(Screenshots.File("article.png")), "article.png");
    }

    [Fact]
    public async Task Should_Show_A_Not_Found_Page_For_Unknown_Ids()
    {
        if (!chromium.Available) return;
        await using var page = await chromium.NewPageAsync();
        foreach (var path in new[] { "/stories/no-such-story", "/articles/0000000000000000", "/nowhere" })
        {
            await page.GotoAsync(At(path));
            Assert.Equal("Not found", await page.TextAsync("document.querySelector('h1').textContent"));
        }
    }
}
