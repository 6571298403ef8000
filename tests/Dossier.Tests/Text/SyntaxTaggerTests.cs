using Dossier.Text;

namespace Dossier.Tests.Text;

public class SyntaxTaggerTests
{
    private static SyntaxTagger Embedded => SyntaxTagger.Embedded ?? throw new InvalidOperationException("no embedded syntax model");

    [Fact]
    public void TheEmbeddedModelTagsASentenceOfReportedSpeech()
    {
        var tags = Embedded.Tag("He said the plan would fail .".Split(' '));

        Assert.Equal(["PRP", "VBD", "DT", "NN", "MD", "VB", "."], tags.Pos);
        Assert.Equal(["B-NP", "B-VP", "B-NP", "I-NP", "B-VP", "I-VP", "O"], tags.Chunk);
    }

    [Fact]
    public void ReadsCurlyQuotesAndEmDashesAsCoNLLsStraightOnes()
    {
        // CoNLL-2003 (Reuters, 1996) spells them " and --; news pages “ ” and —
        var straight = Embedded.Tag("\" We will fight -- and win , \" he said .".Split(' '));
        var curly = Embedded.Tag("“ We will fight — and win , ” he said .".Split(' '));

        Assert.Equal(straight, curly, SameTags);
        Assert.Equal("\"", curly.Pos[0]);
        Assert.Equal(":", curly.Pos[4]);
    }

    private static bool SameTags(SyntaxTags a, SyntaxTags b) => a.Pos.SequenceEqual(b.Pos) && a.Chunk.SequenceEqual(b.Chunk);
}
