using Dossier.Cli;
using Dossier.Tests.Support;
using Dossier.Text;

namespace Dossier.Tests.Cli;

[Collection("Console")]
public class TrainSyntaxCommandTests
{
    [Fact]
    public void Should_Train_A_Model_That_Loads_And_That_Eval_Measures()
    {
        // Given
        using var dir = new TempDir();
        var corpus = TinyConll.Write(dir);
        var model = dir.File("out/syntax.bin");

        // When
        var (trained, trainOut) = CliRunner.Run("train", "syntax", "--conll", corpus, "--epochs", "10", "--out", model);
        var (measured, evalOut) = CliRunner.Run("eval", "syntax", corpus, "--model", model);

        // Then
        Assert.Equal(ExitCodes.Ok, trained);
        Assert.Contains("6 sentences, 40 tokens", trainOut, StringComparison.Ordinal);
        Assert.Equal("VBD", SyntaxTagger.FromFile(model).Tag(["Smith", "said", "."]).Pos[1]);
        Assert.Equal(ExitCodes.Ok, measured);
        Assert.Contains("train.txt: 40 tokens, 24 chunks; found 24, correct 24", evalOut, StringComparison.Ordinal);
        Assert.Contains("part-of-speech accuracy 100.00", evalOut, StringComparison.Ordinal);
        Assert.Contains("tokens/s", evalOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Refuse_A_Missing_Training_File()
    {
        using var dir = new TempDir();
        var (exit, _) = CliRunner.Run("train", "syntax", "--conll", dir.File("absent.txt"), "--out", dir.File("syntax.bin"));
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.False(File.Exists(dir.File("syntax.bin")));
    }

    [Fact]
    public void Should_Refuse_A_Missing_Eval_File_Or_Model()
    {
        using var dir = new TempDir();
        var corpus = TinyConll.Write(dir);
        Assert.Equal(ExitCodes.Usage, CliRunner.Run("eval", "syntax", dir.File("absent.txt")).Exit);
        Assert.Equal(ExitCodes.Usage, CliRunner.Run("eval", "syntax", corpus, "--model", dir.File("absent.bin")).Exit);
    }

    [Fact]
    public void Should_Measure_The_Embedded_Model_On_Valid()
    {
        var valid = Path.Combine(TestData.EvalDir, "conll2003", "valid.txt");
        if (!File.Exists(valid)) return; // ../shared/eval absent

        var (exit, stdout) = CliRunner.Run("eval", "syntax", valid);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("valid.txt: 51362 tokens", stdout, StringComparison.Ordinal);
        Assert.Contains("part-of-speech accuracy 95.", stdout, StringComparison.Ordinal);
    }
}
