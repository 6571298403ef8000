using System.Net;
using Dossier.Cli;
using Dossier.Cli.Terminal;
using Dossier.Tests.Support;

namespace Dossier.Web.Tests;

/// <summary>`dossier serve` as the CLI runs it: prints its URL, answers there, stops when cancelled; refuses a missing store.</summary>
[Collection("Console")]
public class ServeCommandTests
{
    [Fact]
    public async Task Should_Print_The_Url_Serve_The_Store_And_Stop_On_Cancel()
    {
        using var dir = new TempDir();
        var db = dir.File("dossier.db");
        Assert.Equal(ExitCodes.Ok, new AnalyzeRun([TestData.Seed("002")], db, dir.File("out"), new Reporter()).Execute());
        var saved = Console.Out;
        var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            using var stop = new CancellationTokenSource();
            var started = new TaskCompletionSource<Uri>();
            var run = ServeCommand.Run(new Web.ServeOptions(db, "127.0.0.1", 0), stop.Token, started.SetResult);
            var url = await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
            using var http = new HttpClient { BaseAddress = url };
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/stories")).StatusCode);
            Assert.Contains(url.ToString(), output.ToString());
            await stop.CancelAsync();
            Assert.Equal(ExitCodes.Ok, await run.WaitAsync(TimeSpan.FromSeconds(30)));
        }
        finally
        {
            Console.SetOut(saved);
        }
    }

    [Fact]
    public async Task Should_Refuse_A_Store_That_Does_Not_Exist_Without_Creating_It()
    {
        using var dir = new TempDir();
        var db = dir.File("missing.db");
        Assert.Equal(ExitCodes.Usage, await ServeCommand.Run(new Web.ServeOptions(db, "127.0.0.1", 0), CancellationToken.None));
        Assert.False(File.Exists(db));
    }

    [Theory]
    [InlineData("no-such-host.invalid")]
    [InlineData("example.com")]
    public async Task Should_Refuse_A_Host_That_Is_Not_An_Address(string host)
    {
        using var dir = new TempDir();
        Assert.Equal(ExitCodes.Ok, new AnalyzeRun([TestData.Seed("002")], dir.File("dossier.db"), dir.File("out"), new Reporter()).Execute());
        Assert.Equal(ExitCodes.Usage, await ServeCommand.Run(new Web.ServeOptions(dir.File("dossier.db"), host, 0), CancellationToken.None));
    }

    [Fact]
    public async Task Should_Answer_A_Failing_Store_With_A_500_Page_And_No_Stack_Trace()
    {
        using var dir = new TempDir();
        var db = dir.File("dossier.db");
        Assert.Equal(ExitCodes.Ok, new AnalyzeRun([TestData.Seed("002")], db, dir.File("out"), new Reporter()).Execute());
        await using var server = await StoryServer.StartAsync(new Web.ServeOptions(db, "127.0.0.1", 0));
        File.Delete(db);
        using var http = new HttpClient { BaseAddress = server.Url };
        foreach (var path in new[] { "/api/stories", "/stories/s1" })
        {
            var r = await http.GetAsync(path);
            Assert.Equal(HttpStatusCode.InternalServerError, r.StatusCode);
            var body = await r.Content.ReadAsStringAsync();
            Assert.Contains("Something went wrong", body);
            Assert.DoesNotContain("Exception", body);
            Assert.DoesNotContain("   at ", body);
        }
    }

    [Fact]
    public void Should_Offer_Serve_On_Analyze()
    {
        var analyze = DossierCli.Root().Subcommands.Single(c => c.Name == "analyze");
        Assert.Contains(analyze.Options, o => o.Name == "--serve");
    }

    [Fact]
    public void Should_Be_A_Command_With_Db_Port_And_Host()
    {
        var serve = DossierCli.Root().Subcommands.Single(c => c.Name == "serve");
        Assert.Equal(["--db", "--port", "--host"], serve.Options.Select(o => o.Name).Where(n => n.StartsWith("--", StringComparison.Ordinal) && n != "--help"));
    }
}

[CollectionDefinition("Console", DisableParallelization = true)]
public sealed class ConsoleCollection;
