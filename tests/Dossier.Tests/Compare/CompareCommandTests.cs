using System.Text.Json;
using Dossier.Cli;
using Dossier.Tests.Support;

namespace Dossier.Tests.Compare;

[Collection("Console")]
public class CompareCommandTests
{
    [Fact]
    public void Should_Compare_Paths_Analysed_On_The_Spot()
    {
        var (exit, stdout) = CliRunner.Run("compare", TestData.SeedsDir);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("How the outlets differ", stdout);
        Assert.Contains("different figures", stdout);
        Assert.Contains("opposite framing", stdout);
        Assert.Contains("only TRTWorld", stdout);
    }

    [Fact]
    public void Should_Print_The_Comparison_Of_A_Stored_Story_As_Json()
    {
        using var dir = new TempDir();
        var db = dir.File("dossier.db");
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("analyze", TestData.SeedsDir, "--db", db, "--out", dir.File("out")).Exit);
        var stories = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.File("out"), "stories.json"))).RootElement.GetProperty("stories");
        var story = stories.EnumerateArray().First(s => s.GetProperty("compare").GetProperty("independentSources").GetInt32() >= 2);
        var id = story.GetProperty("id").GetString()!;

        var (exit, stdout) = CliRunner.Run("compare", id, "--db", db, "--json");
        Assert.Equal(ExitCodes.Ok, exit);
        var compare = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(id, compare.GetProperty("story").GetString());
        var kinds = compare.GetProperty("disagreements").EnumerateArray().Select(d => d.GetProperty("kind").GetString()).ToList();
        Assert.Contains("figures", kinds);
        Assert.Contains("framing", kinds);
        // the same comparison is in stories.json
        Assert.Equal(story.GetProperty("compare").GetProperty("disagreements").GetArrayLength(), compare.GetProperty("disagreements").GetArrayLength());
        Assert.All(compare.GetProperty("shared").EnumerateArray(), f => Assert.True(f.GetProperty("statements").GetArrayLength() >= 2));
    }

    [Fact]
    public void Should_Say_What_Is_Wrong_With_An_Unknown_Story()
    {
        using var dir = new TempDir();
        var (exit, _) = CliRunner.Run("compare", "s99", "--db", dir.File("none.db"));
        Assert.Equal(ExitCodes.Usage, exit);
    }
}
