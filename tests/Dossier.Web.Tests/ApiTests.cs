using System.Net;
using System.Text.Json;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests;

public class ApiTests(SeedsServer server) : IClassFixture<SeedsServer>
{
    private async Task<JsonElement> Json(string path)
    {
        var r = await server.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.StartsWith("application/json", r.Content.Headers.ContentType!.ToString());
        return JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Should_List_The_Stories_Newest_First_With_Counts()
    {
        var stories = (await Json("/api/stories")).EnumerateArray().ToList();
        Assert.Equal(5, stories.Count);
        var lasts = stories.Select(s => s.GetProperty("last").GetString() ?? "").ToList();
        Assert.Equal(lasts.OrderDescending(StringComparer.Ordinal), lasts);
        var syria = stories.Single(s => s.GetProperty("articles").GetInt32() == 5);
        Assert.True(syria.GetProperty("outlets").GetInt32() >= 2);
        Assert.StartsWith("2015", syria.GetProperty("first").GetString());
    }
}
