using System.Text;
using System.Text.Json;
using Dossier.Cli;
using Dossier.Tests.Support;

namespace Dossier.Tests.Cli;

[Collection("Console")]
public class SummarizeCommandTests
{
    [Fact]
    public void Should_Trace_Each_Sentence_To_Both_Write_Ups_Of_The_Interview()
    {
        var (exit, stdout) = CliRunner.Run("summarize", TestData.Seed("000"), TestData.Seed("001"), "--words", "60", "--json");
        Assert.Equal(ExitCodes.Ok, exit);
        var items = JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.Contains(items, i => i.GetProperty("outlets").EnumerateArray().Any(o => o.GetString() == "TRTWorld")
                                 && i.GetProperty("articles").GetArrayLength() == 2);
        // the teasers glued onto 000 are not part of what was asked about
        Assert.DoesNotContain("Malaysia", stdout);
        Assert.DoesNotContain("Greenland", stdout);
    }

    [Fact]
    public void Should_Respect_The_Word_And_Byte_Limits()
    {
        var (_, words) = CliRunner.Run("summarize", TestData.SeedsDir, "--words", "50");
        Assert.InRange(words.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length, 1, 50);
        var (_, bytes) = CliRunner.Run("summarize", TestData.SeedsDir, "--bytes", "120");
        Assert.InRange(Encoding.UTF8.GetByteCount(bytes.TrimEnd()), 1, 120);
    }

    [Fact]
    public void Should_Refuse_Words_And_Bytes_Together()
    {
        Assert.Equal(ExitCodes.Usage, CliRunner.Run("summarize", TestData.SeedsDir, "--words", "5", "--bytes", "5").Exit);
    }
}
