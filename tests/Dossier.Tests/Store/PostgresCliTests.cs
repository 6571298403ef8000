using System.Text.Json;
using Dossier.Cli;
using Dossier.Cli.Terminal;
using Dossier.Store;
using Dossier.Tests.Support;
using Dossier.Web;

namespace Dossier.Tests.Store;

/// <summary>`analyze --db postgres://…` and `serve --db postgres://…`: the same pipeline and browser over PostgreSQL.</summary>
[Collection("Postgres")]
public class PostgresCliTests(PostgresServer server)
{
    [PostgresFact]
    public async Task Should_Analyze_Into_Postgres_And_Serve_The_Stories_From_It()
    {
        using var dir = new TempDir();
        var db = server.NewDatabase();

        // Analysing the seeds into PostgreSQL gives what it gives into SQLite
        Assert.Equal(ExitCodes.Ok, new AnalyzeRun([TestData.SeedsDir], db, dir.File("pg-out"), new Reporter()).Execute());
        Assert.Equal(ExitCodes.Ok, new AnalyzeRun([TestData.SeedsDir], dir.File("d.db"), dir.File("sqlite-out"), new Reporter()).Execute());
        Assert.Equal(File.ReadAllText(dir.File("sqlite-out/stories.json")), File.ReadAllText(dir.File("pg-out/stories.json")));
        using (var pg = ArticleStores.OpenReadOnly(db))
        using (var sqlite = ArticleStores.OpenReadOnly(dir.File("d.db")))
        {
            Assert.Equal(9, pg.CountArticles());
            Assert.Equal(sqlite.LoadStories(), pg.LoadStories());
        }

        // The browser reads it
        await using var web = await StoryServer.StartAsync(new ServeOptions(db, "127.0.0.1", 0));
        using var http = new HttpClient { BaseAddress = web.Url };
        using var list = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/stories", UriKind.Relative)));
        var first = list.RootElement.EnumerateArray().First().GetProperty("id").GetString()!;
        using var story = JsonDocument.Parse(await http.GetStringAsync(new Uri($"/api/stories/{first}", UriKind.Relative)));
        var article = story.RootElement.GetProperty("articles")[0].GetString()!;
        Assert.Contains(article, await http.GetStringAsync(new Uri($"/articles/{article}", UriKind.Relative)));
    }

    [PostgresFact]
    public async Task Should_Say_There_Is_No_Store_In_An_Empty_Database()
    {
        var db = server.NewDatabase();
        await Assert.ThrowsAsync<FileNotFoundException>(() => StoryServer.StartAsync(new ServeOptions(db, "127.0.0.1", 0)));
    }

    [Fact]
    public void Should_Fail_Analyze_With_A_Usage_Error_When_The_Server_Cannot_Be_Reached()
    {
        using var dir = new TempDir();
        Assert.Equal(ExitCodes.Usage, new AnalyzeRun([TestData.Seed("002")], "postgres://u:secret@127.0.0.1:1/d?Timeout=3", dir.File("out"), new Reporter()).Execute());
    }
}
