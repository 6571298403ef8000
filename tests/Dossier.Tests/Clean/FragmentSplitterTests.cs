using Dossier.Clean;

namespace Dossier.Tests.Clean;

public class FragmentSplitterTests
{
    private const string Long = "Roesler described her as the embodiment of beauty , and said that she captured the imagination of a generation of men and women with her free spirit . She was 85";

    [Theory]
    [InlineData("He said it was over . ''")]
    [InlineData("He said it was over . \"")]
    [InlineData("He said it was over.\u201D")]
    [InlineData("He said it was over . )")]
    public void A_Closing_Mark_Set_Apart_From_The_Stop_Still_Ends_The_Sentence(string line) =>
        Assert.True(LineShape.EndsSentence(line));

    [Fact]
    public void A_Tokenised_Paragraph_Ending_In_A_Quotation_Does_Not_Cut_The_Article()
    {
        string[] paragraphs = [Long + " . ''", "Her fame endured throughout the decades , even after she retreated from the spotlight ."];
        Assert.Single(FragmentSplitter.Split(paragraphs));
    }

    [Fact]
    public void A_Paragraph_Stopping_Mid_Sentence_Still_Ends_Its_Piece()
    {
        string[] paragraphs = [Long, "Her fame endured throughout the decades , even after she retreated from the spotlight ."];
        var pieces = FragmentSplitter.Split(paragraphs);
        Assert.Equal(2, pieces.Length);
        Assert.True(pieces[0].Truncated);
    }
}
