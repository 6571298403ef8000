using System.Text.Json;
using Dossier.Cli;
using Dossier.Cli.Terminal;
using Dossier.Tests.Support;

namespace Dossier.Tests.Cli;

[Collection("Console")]
public class AnalyzeRunTests
{
    private static int Run(TempDir dir, params string[] paths) =>
        new AnalyzeRun(paths, dir.File("dossier.db"), dir.File("out"), new Reporter()).Execute();

    [Fact]
    public void Should_Analyse_The_Seeds_And_Write_Three_Outputs()
    {
        using var dir = new TempDir();
        Assert.Equal(ExitCodes.Ok, Run(dir, TestData.SeedsDir));
        foreach (var f in new[] { "stories.json", "report.md", "report.html" })
            Assert.True(new FileInfo(Path.Combine(dir.File("out"), f)).Length > 0, f);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.File("out"), "stories.json")));
        var root = json.RootElement;
        var articles = root.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(9, articles.Count);   // 000 gives the Assad piece and four teasers
        foreach (var field in new[] { "id", "path", "source", "title", "published", "text", "fragmentOf", "truncated", "removed" })
            Assert.True(articles[0].TryGetProperty(field, out _), field);
        Assert.Empty(root.GetProperty("rejected").EnumerateArray());
        var story = root.GetProperty("stories").EnumerateArray().First();
        foreach (var field in new[] { "id", "title", "articles", "events", "entities", "quotes", "timeline", "summary" })
            Assert.True(story.TryGetProperty(field, out _), field);
    }

    [Fact]
    public void Should_Keep_Stdout_Clean_And_Summarise_On_Stderr_When_Redirected()
    {
        using var dir = new TempDir();
        var (savedOut, savedErr) = (System.Console.Out, System.Console.Error);
        var (captured, errors) = (new StringWriter(), new StringWriter());
        System.Console.SetOut(captured);
        System.Console.SetError(errors);
        try { Run(dir, TestData.Seed("002")); }
        finally { System.Console.SetOut(savedOut); System.Console.SetError(savedErr); }
        Assert.Equal("", captured.ToString());
        Assert.Contains("1 new article(s), 1 in the store, 1 stories, 0 rejected.", errors.ToString());
        Assert.DoesNotContain("[green]", errors.ToString());
    }

    [Fact]
    public void Should_Flag_Meaningful_Misquotes_In_The_Report_But_Not_Spelling()
    {
        using var dir = new TempDir();
        Run(dir, TestData.Seed("000"), TestData.Seed("001"));
        var report = File.ReadAllText(Path.Combine(dir.File("out"), "report.md"));
        var flagged = report[report.IndexOf("### Quoted differently", StringComparison.Ordinal)..];
        flagged = flagged[..flagged.IndexOf("###", 5, StringComparison.Ordinal)];
        Assert.Contains("only the first has \"sense\"", flagged);       // 000's "it made no sense" frame, absent from 001
        Assert.DoesNotContain("realised", flagged);                     // realized/realised is spelling, not a misquote
        Assert.Contains("Quoted differently", File.ReadAllText(Path.Combine(dir.File("out"), "report.html")));
    }

    [Fact]
    public void Should_Show_How_The_Outlets_Differ_In_Both_Reports()
    {
        using var dir = new TempDir();
        Run(dir, TestData.Seed("000"), TestData.Seed("001"));
        foreach (var name in new[] { "report.md", "report.html" })
        {
            var report = File.ReadAllText(Path.Combine(dir.File("out"), name));
            Assert.Contains("How the outlets differ", report);
            Assert.Contains("opposite framing", report);
            Assert.Contains("Reported by every outlet of the event", report);
        }
    }

    [Fact]
    public void Should_Add_Nothing_Twice_When_Run_Again()
    {
        using var dir = new TempDir();
        Run(dir, TestData.SeedsDir);
        var first = File.ReadAllText(Path.Combine(dir.File("out"), "stories.json"));
        Run(dir, TestData.SeedsDir);
        using var store = new Dossier.Store.SqliteStore(dir.File("dossier.db"));
        Assert.Equal(9, store.CountArticles());
        Assert.Equal(first, File.ReadAllText(Path.Combine(dir.File("out"), "stories.json")));
    }

    [Fact]
    public void Should_Reject_Bad_Files_And_Go_On_With_The_Rest()
    {
        using var dir = new TempDir();
        var input = Path.Combine(dir.Path, "in");
        dir.Write("in/empty.txt", "");
        dir.Write("in/binary.dat", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10]);
        dir.Write("in/broken.html", "<html><body><div><p>unclosed <b>markup");
        File.Copy(TestData.Seed("002"), Path.Combine(input, "002.txt"));

        Assert.Equal(ExitCodes.Ok, Run(dir, input));

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.File("out"), "stories.json")));
        var rejected = json.RootElement.GetProperty("rejected").EnumerateArray().Select(r => Path.GetFileName(r.GetProperty("path").GetString())).ToList();
        Assert.Contains("empty.txt", rejected);
        Assert.Contains("binary.dat", rejected);
        Assert.Contains(json.RootElement.GetProperty("articles").EnumerateArray(), a => a.GetProperty("source").GetString() == "TBP");
    }

    [Fact]
    public void Should_Exit_2_When_Nothing_Could_Be_Analysed_And_1_On_A_Missing_Path()
    {
        using var dir = new TempDir();
        dir.Write("in/empty.txt", "");
        Assert.Equal(ExitCodes.NothingAnalysed, Run(dir, Path.Combine(dir.Path, "in")));
        Assert.Equal(ExitCodes.Usage, Run(dir, Path.Combine(dir.Path, "no-such-folder")));
    }

    [Fact]
    public void Should_Keep_Html_Report_Self_Contained_And_Escaped()
    {
        using var dir = new TempDir();
        dir.Write("in/evil.txt", "Evil <script>alert(1)</script> headline\n\nThe minister said the <img src=x onerror=alert(1)> talks would resume next week in Geneva, officials confirmed on Monday.");
        Run(dir, Path.Combine(dir.Path, "in"));
        var html = File.ReadAllText(Path.Combine(dir.File("out"), "report.html"));
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("http", html);
    }
}
