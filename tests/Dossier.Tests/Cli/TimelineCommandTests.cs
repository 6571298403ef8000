using System.Text.Json;
using Dossier.Cli;
using Dossier.Tests.Support;

namespace Dossier.Tests.Cli;

[Collection("Console")]
public class TimelineCommandTests
{
    [Fact]
    public void Should_Print_The_Seed_Timeline_As_Json_In_Date_Order()
    {
        var (exit, stdout) = CliRunner.Run("timeline", TestData.SeedsDir, "--json");
        Assert.Equal(ExitCodes.Ok, exit);
        var items = JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToList();
        var dates = items.Select(i => i.GetProperty("date").GetString()!).ToList();
        Assert.Contains("2015-07-22", dates);
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.All(items, i => Assert.Equal(i.GetProperty("text").GetArrayLength(), i.GetProperty("sources").GetArrayLength()));
    }

    [Fact]
    public void Should_Keep_Only_Dates_In_Range_And_The_Asked_Number_Of_Sentences()
    {
        var (_, stdout) = CliRunner.Run("timeline", TestData.SeedsDir, "--json", "--from", "2015-07-01", "--to", "2015-07-31", "--sentences", "2");
        var items = JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.StartsWith("2015-07", i.GetProperty("date").GetString()));
        Assert.All(items, i => Assert.InRange(i.GetProperty("text").GetArrayLength(), 1, 2));
    }

    [Fact]
    public void Should_Read_Timeline17_Articles_Json()
    {
        // Given Timeline17's article list format: a JSON array of {dct, text}
        using var dir = new TempDir();
        var file = dir.Write("articles.json", """
            [{"uid": "1", "dct": "2011-01-26", "text": "Protesters clashed with police in Cairo on Tuesday, witnesses said. Thousands marched through the city centre."},
             {"uid": "2", "dct": "2011-01-27", "text": "The clashes in Cairo on Tuesday left three people dead, officials said. Markets stayed closed."}]
            """);

        // When
        var (exit, stdout) = CliRunner.Run("timeline", file, "--json", "--dates", "1");

        // Then "Tuesday" resolves against each article's dct to 2011-01-25
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("2011-01-25", JsonDocument.Parse(stdout).RootElement[0].GetProperty("date").GetString());
    }

    [Fact]
    public void Should_Reject_A_Malformed_Day_As_A_Usage_Error()
    {
        Assert.Equal(ExitCodes.Usage, CliRunner.Run("timeline", TestData.SeedsDir, "--from", "July").Exit);
    }
}
