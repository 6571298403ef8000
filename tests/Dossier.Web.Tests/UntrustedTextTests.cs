using System.Text.Json;
using Dossier.Web.Tests.Browser;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests;

/// <summary>
/// Article text is untrusted. Pages built from articles full of script tags, event handlers and javascript:
/// links must show them as text and run none of them, in a real browser, even when clicked and hovered.
/// </summary>
public class UntrustedTextTests(HostileServer server, Chromium chromium) : IClassFixture<HostileServer>, IClassFixture<Chromium>
{
    // What would show that markup ran or became elements; the page's own script is the only script. Empty when all is well.
    private const string Problems = """
        [window.__pwned !== undefined ? 'ran: ' + window.__pwned : '',
         document.title === 'HACKED' ? 'title changed' : '',
         document.scripts.length !== 1 ? document.scripts.length + ' scripts' : '',
         ...[...document.querySelectorAll('img, svg, iframe, object, embed, b, [onerror], [onload], [onmouseover], a[href^="javascript:" i]')].map(e => 'element: ' + e.outerHTML.slice(0, 80)),
         ...[...document.querySelectorAll('a')].filter(a => !/^[\/#]/.test(a.getAttribute('href') || '')).map(a => 'link: ' + a.getAttribute('href'))
        ].filter(Boolean).join('; ')
        """;

    private static async Task AssertNothingRan(CdpPage page, string where)
    {
        var problems = await page.TextAsync(Problems);
        Assert.True(problems.Length == 0, $"{where}: {problems}");
    }

    private async Task<JsonElement> Api(string path) => JsonDocument.Parse(await server.Http.GetStringAsync(path)).RootElement;

    [Fact]
    public async Task Should_Keep_The_Markup_In_The_Stored_Text()
    {
        // Otherwise the browser test below would prove nothing.
        var ids = (await Api("/api/stories")).EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();
        var texts = new List<string>();
        foreach (var id in ids)
            foreach (var a in (await Api("/api/stories/" + id)).GetProperty("articles").EnumerateArray())
                texts.Add((await Api("/api/articles/" + a.GetString())).GetProperty("text").GetString()!);
        var all = string.Join("\n", texts);
        Assert.Contains("<script>", all);
        Assert.Contains("onerror=", all);
        Assert.Contains("javascript:", all);
    }

    [Fact]
    public async Task Should_Show_Hostile_Markup_As_Text_And_Run_None_Of_It()
    {
        if (!chromium.Available) return;
        await using var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(server.Url, "/"));
        await AssertNothingRan(page, "stories list");
        Assert.Contains("<script>", await page.TextAsync("document.getElementById('stories').textContent"));

        var checkedArticles = 0;
        foreach (var story in (await Api("/api/stories")).EnumerateArray())
        {
            var id = story.GetProperty("id").GetString()!;
            await page.GotoAsync(new Uri(server.Url, "/stories/" + Uri.EscapeDataString(id)));
            await AssertNothingRan(page, "story " + id);
            var markers = (await page.EvaluateAsync("document.querySelectorAll('#summary .marker').length")).GetInt32();
            for (var i = 0; i < markers; i++)
            {
                await page.ClickAsync($"#summary .marker[data-summary='{i}']");
                await page.WaitForAsync("!document.getElementById('source').hidden");
                await AssertNothingRan(page, $"story {id}, summary marker {i}");
            }
            await page.ScreenshotAsync(Screenshots.File("hostile-story.png"));

            foreach (var article in (await Api("/api/stories/" + id)).GetProperty("articles").EnumerateArray())
            {
                await page.GotoAsync(new Uri(server.Url, "/articles/" + Uri.EscapeDataString(article.GetString()!)));
                var shown = await page.TextAsync("document.getElementById('text').textContent");
                Assert.True(shown.Contains('<', StringComparison.Ordinal), "the markup is on the page as text: " + shown);
                await page.ClickAsync("#text");
                await page.ClickAsync("#article-title");
                await Task.Delay(200);
                await AssertNothingRan(page, "article " + article.GetString());
                checkedArticles++;
            }
        }
        Assert.True(checkedArticles >= 2, $"{checkedArticles} articles checked");
        Screenshots.AssertNotBlank(await page.ScreenshotAsync(Screenshots.File("hostile-article.png")), "hostile-article.png");
    }
}
