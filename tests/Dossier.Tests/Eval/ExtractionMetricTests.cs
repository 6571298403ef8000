using Dossier.Eval.Extraction;

namespace Dossier.Tests.Eval;

public class ExtractionMetricTests
{
    [Fact]
    public void Should_Score_Identical_Text_As_Perfect_Whatever_The_Layout()
    {
        var o = ExtractionMetric.Compare("The bridge, closed.\n\nIt was old.", "The bridge closed. It was old.", n: 1);
        Assert.Equal(new TokenOverlap(1, 0, 0), o);
    }

    [Fact]
    public void Should_Count_Extra_And_Missing_Tokens_As_A_Multiset()
    {
        // truth: a a b c (4); predicted: a b b d (4); overlap a, b = 2; fp = b, d = 2; fn = a, c = 2.
        var o = ExtractionMetric.Compare("a a b c", "a b b d", n: 1);
        Assert.Equal(2.0 / 6, o.TruePositive, 9);
        Assert.Equal(2.0 / 6, o.FalsePositive, 9);
        Assert.Equal(2.0 / 6, o.FalseNegative, 9);
    }

    [Fact]
    public void Should_Average_Precision_And_Recall_Over_Pages_And_Leave_Out_Empty_Predictions_From_Precision()
    {
        var pages = new[]
        {
            ExtractionMetric.Compare("one two three four", "one two three four five six seven eight", n: 1), // P 0.5, R 1
            ExtractionMetric.Compare("one two three four", "", n: 1), // nothing extracted: R 0, no precision
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
        Assert.Equal(1, ExtractionMetric.Compare("a b c d", "d c b a", n: 1).TruePositive, 9);
        Assert.Equal(0, ExtractionMetric.Compare("a b c d", "d c b a", n: 2).TruePositive, 9);
    }

    [Fact]
    public void Should_Use_Four_Token_Shingles_By_Default_As_The_Benchmark()
    {
        // 5 tokens give 2 shingles; one word changed at the end breaks only the last one.
        var o = ExtractionMetric.Compare("a b c d e", "a b c d x");
        Assert.Equal(1.0 / 3, o.TruePositive, 9);
    }

    [Fact]
    public void Should_Count_A_Text_Shorter_Than_A_Shingle_As_One_Shingle()
    {
        Assert.Equal(new TokenOverlap(1, 0, 0), ExtractionMetric.Compare("two words", "Two words".ToLowerInvariant()));
        Assert.Equal(new TokenOverlap(0, 0.5, 0.5), ExtractionMetric.Compare("two words", "two"));
    }

    [Fact]
    public void Should_Score_Empty_Prediction_And_Empty_Truth_As_The_Benchmark()
    {
        // Both empty: all zero, so the page counts in neither average.
        Assert.Equal(new TokenOverlap(0, 0, 0), ExtractionMetric.Compare("", null));
        // Empty truth, something predicted: precision 0, no recall.
        var extra = ExtractionMetric.Compare("", "some words were extracted here");
        Assert.Equal(new TokenOverlap(0, 1, 0), extra);
        var score = ExtractionMetric.Aggregate([extra, ExtractionMetric.Compare("a b c d", "a b c d"), ExtractionMetric.Compare("", "")]);
        Assert.Equal(0.5, score.Precision, 9);
        Assert.Equal(1, score.Recall, 9);
        Assert.Equal(0, ExtractionMetric.Aggregate([]).F1);
    }

    [Theory]
    [InlineData("don't stop", new[] { "don", "t", "stop" })]
    [InlineData("snake_case x2 ½", new[] { "snake_case", "x2", "½" })]
    [InlineData("a‿b", new[] { "a", "b" })] // connector punctuation other than '_' is not \w in Python
    [InlineData("हिन्दी", new[] { "ह", "न", "द" })] // nor are combining vowel signs: Python splits there
    [InlineData("𝐀bc", new[] { "𝐀bc" })] // a letter outside the BMP is one
    public void Should_Tokenise_As_Python_Word_Runs(string text, string[] expected) =>
        Assert.Equal(expected, ExtractionMetric.Tokens(text));
}
