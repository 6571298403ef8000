using Dossier.Clean;

namespace Dossier.Tests.Clean;

public class FragmentSplitterTests
{
    private const string Long = "Roesler described her as the embodiment of beauty , and said that she captured the imagination of a generation of men and women with her free spirit . She was 85";

    [Fact]
    public void A_Paragraph_Stopping_Mid_Sentence_Still_Ends_Its_Piece()
    {
        string[] paragraphs = [Long, "Her fame endured throughout the decades , even after she retreated from the spotlight ."];
        var pieces = FragmentSplitter.Split(paragraphs);
        Assert.Equal(2, pieces.Length);
        Assert.True(pieces[0].Truncated);
    }
}
