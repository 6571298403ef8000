using Dossier.Eval;

namespace Dossier.Tests.Eval;

/// <summary>conlleval's entity-level counts on cases worked out by hand.</summary>
public sealed class ConllEvalTests
{
    [Fact]
    public void Should_Count_A_Chunk_Correct_Only_When_Both_Ends_And_Type_Match()
    {
        // Given gold names John Smith (PER), New York (LOC), EU (ORG), German (MISC), and a guess that splits
        // New York into LOC + ORG and runs German into the next word
        string[] lines =
        [
            "-DOCSTART- O O", "",
            "John I-PER I-PER", "Smith I-PER I-PER", "visited O O", "New I-LOC I-LOC", "York I-LOC I-ORG", ". O O", "",
            "EU I-ORG I-ORG", "rejects O O", "German I-MISC I-MISC", "call O I-MISC", "",
        ];

        // When scored
        var r = ConllEval.Score(lines);

        // Then 2 of 5 guessed chunks are right out of 4 gold ones; tokens exclude -DOCSTART-
        Assert.Equal((2, 5, 4), (r.Overall.Correct, r.Overall.Guessed, r.Overall.Gold));
        Assert.Equal(0.4, r.Overall.Precision, 6);
        Assert.Equal(0.5, r.Overall.Recall, 6);
        Assert.Equal(2 * 0.4 * 0.5 / 0.9, r.Overall.F1, 6);
        Assert.Equal(10, r.Tokens);
        Assert.Equal(8, r.CorrectTags);
        var byType = r.ByType.ToDictionary(s => s.Type, s => (s.Correct, s.Guessed, s.Gold));
        Assert.Equal((0, 1, 1), byType["LOC"]);
        Assert.Equal((0, 1, 1), byType["MISC"]);
        Assert.Equal((1, 2, 1), byType["ORG"]);
        Assert.Equal((1, 1, 1), byType["PER"]);
    }

    [Fact]
    public void Should_Read_IOB1_B_As_A_New_Name_Of_The_Same_Type()
    {
        // Given two adjacent persons in IOB1 (the second opens with B-), guessed as one name
        string[] lines = ["Ann I-PER I-PER", "Bob B-PER I-PER", "said O O"];

        // When scored / Then the gold has two names and the guess one, none right
        var r = ConllEval.Score(lines);
        Assert.Equal((0, 1, 2), (r.Overall.Correct, r.Overall.Guessed, r.Overall.Gold));
    }

    [Fact]
    public void Should_Read_IOB2_And_IOB1_Alike()
    {
        // Given the same names in both schemes
        var iob1 = ConllEval.Score(["Ann I-PER I-PER", "Lee I-PER I-PER", "in O O", "Rome I-LOC I-LOC"]);
        var iob2 = ConllEval.Score(["Ann B-PER B-PER", "Lee I-PER I-PER", "in O O", "Rome B-LOC B-LOC"]);

        // Then both count two correct names
        Assert.Equal((2, 2, 2), (iob1.Overall.Correct, iob1.Overall.Guessed, iob1.Overall.Gold));
        Assert.Equal((2, 2, 2), (iob2.Overall.Correct, iob2.Overall.Guessed, iob2.Overall.Gold));
    }
}
