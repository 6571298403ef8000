using Dossier.Extract;

namespace Dossier.Tests.Extract;

public class ExtractionMetricTests
{
    [Fact]
    public void Should_Score_Identical_Text_As_Perfect_Whatever_The_Layout()
    {
        var o = ExtractionMetric.Compare("The bridge, closed.\n\nIt was old.", "The bridge closed. It was old.");
        Assert.Equal(new TokenOverlap(1, 0, 0), o);
    }

    [Fact]
    public void Should_Count_Extra_And_Missing_Tokens_As_A_Multiset()
    {
        // truth: a a b c (4); predicted: a b b d (4); overlap a, b = 2; fp = b, d = 2; fn = a, c = 2.
        var o = ExtractionMetric.Compare("a a b c", "a b b d");
        Assert.Equal(2.0 / 6, o.TruePositive, 9);
        Assert.Equal(2.0 / 6, o.FalsePositive, 9);
        Assert.Equal(2.0 / 6, o.FalseNegative, 9);
    }

    [Fact]
    public void Should_Average_Precision_And_Recall_Over_Pages_And_Leave_Out_Empty_Predictions_From_Precision()
    {
        var pages = new[]
        {
            ExtractionMetric.Compare("one two three four", "one two three four five six seven eight"), // P 0.5, R 1
            ExtractionMetric.Compare("one two three four", ""), // nothing extracted: R 0, no precision
        };
        var score = ExtractionMetric.Aggregate(pages);
        Assert.Equal(0.5, score.Precision, 9);
        Assert.Equal(0.5, score.Recall, 9);
        Assert.Equal(0.5, score.F1, 9);
    }

    [Fact]
    public void Should_Use_Shingles_When_Asked()
    {
        // Same words, different order: perfect on tokens, poor on 2-token shingles.
        Assert.Equal(1, ExtractionMetric.Compare("a b c d", "d c b a").TruePositive, 9);
        Assert.Equal(0, ExtractionMetric.Compare("a b c d", "d c b a", n: 2).TruePositive, 9);
    }
}
