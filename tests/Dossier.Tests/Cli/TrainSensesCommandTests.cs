using Dossier.Cli;
using Dossier.Tests.Support;
using Dossier.Text;

namespace Dossier.Tests.Cli;

[Collection("Console")]
public class TrainSensesCommandTests
{
    [Fact]
    public void Should_Write_The_Sense_Table_From_A_WordNet_Database()
    {
        // Given
        using var dir = new TempDir();
        TinyWordNet.Write(dir.Path);
        var table = dir.File("out/senses.tsv.gz");

        // When
        var (exit, stdout) = CliRunner.Run("train", "senses", "--wordnet", dir.Path, "--out", table);

        // Then
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("3 lemmas", stdout, StringComparison.Ordinal);
        using var file = File.OpenRead(table);
        Assert.Equal(32, WordSenses.Read(file).Of("claimed").Verb);
    }

    [Fact]
    public void Should_Refuse_A_Folder_Without_WordNet()
    {
        using var dir = new TempDir();
        var (exit, _) = CliRunner.Run("train", "senses", "--wordnet", dir.Path, "--out", dir.File("senses.tsv.gz"));
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.False(File.Exists(dir.File("senses.tsv.gz")));
    }
}
