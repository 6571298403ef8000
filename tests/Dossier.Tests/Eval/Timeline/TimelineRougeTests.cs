using Dossier.Eval.Timeline;

namespace Dossier.Tests.Eval.Timeline;

/// <summary>tilse's timeline ROUGE on timelines small enough to score by hand.</summary>
public class TimelineRougeTests
{
    private static DateOnly D(int day) => new(2010, 1, day);

    private static SummaryTimeline T(params (int Day, string[] Sentences)[] days) =>
        SummaryTimeline.From(days.Select(d => (D(d.Day), (IEnumerable<string>)d.Sentences)));

    // ROUGE tokens (stemmed, stopwords out): reference 1st "rig fire", 3rd "oil leak" ("The" dropped, "leaked" → leak);
    // predicted 1st "oil leak" ("leaks" → leak), 2nd "rig fire".
    private static readonly SummaryTimeline Reference = T((1, ["rig fire"]), (3, ["The oil leaked"]));
    private static readonly SummaryTimeline Predicted = T((1, ["oil leaks"]), (2, ["rig fire"]));

    [Fact]
    public void Should_Align_Each_Day_To_Its_Cheapest_Counterpart_Many_To_One()
    {
        // Given the timelines above. Date cost 1 − 1/(d+1); content cost 1 − F of tilse's raw-token ROUGE-1
        // ("oil leaks" against "The oil leaked": 1 match, P 1/2, R 1/3, F 0.4, cost 0.6).
        // Precision rows (predicted): 1st → ref 1st costs 0 (same day, whatever the content), ref 3rd 2/3·0.6 = 0.4: ref 1st, 0 hits.
        //   2nd → ref 1st 1/2·0 = 0, ref 3rd 1/2·1: ref 1st, 2 hits × 1/2. P1 = (0 + 1) / (2 + 2) = 1/4; bigram "rig fire" P2 = 0.5 / 2.
        // Recall rows (reference): 1st → pred 1st costs 0: 0 hits. 3rd → pred 1st 0.4, pred 2nd 0.5: pred 1st, 2 hits × 1/3.
        //   R1 = (0 + 2/3) / 4 = 1/6; bigram "oil leak": R2 = (1/3) / 2.
        // When
        var s = TimelineRouge.Score(TimelineRougeVariant.AlignPlusManyToOne, Predicted, [Reference]);

        // Then
        Assert.Equal(0.25, s.Rouge1.Precision, 12);
        Assert.Equal(1.0 / 6, s.Rouge1.Recall, 12);
        Assert.Equal(0.25, s.Rouge2.Precision, 12);
        Assert.Equal(1.0 / 6, s.Rouge2.Recall, 12);
        Assert.Equal(2 * 0.25 / 6 / (0.25 + 1.0 / 6), s.Rouge1.F, 12);
    }

    [Fact]
    public void Should_Align_One_To_One_By_Date_And_Content_Under_Align_Plus()
    {
        // Given the timelines above: costs pred 1st → [0, 0.4], pred 2nd → [0, 0.5]. The cheapest one-to-one pairing is
        // 1st → 3rd and 2nd → 1st (0.4 against 0.5): hits 2 × 1/3 + 2 × 1/2 = 5/3 over 4 unigrams both ways.
        // When
        var plus = TimelineRouge.Score(TimelineRougeVariant.AlignPlus, Predicted, [Reference]);
        var dateOnly = TimelineRouge.Score(TimelineRougeVariant.Align, Predicted, [Reference]);

        // Then: align+ finds the content; plain align pairs by date alone (1st → 1st, 2nd → 3rd) and finds nothing
        Assert.Equal(5.0 / 12, plus.Rouge1.Precision, 12);
        Assert.Equal(5.0 / 12, plus.Rouge1.Recall, 12);
        Assert.Equal(0, dateOnly.Rouge1.Precision);
        Assert.Equal(0, dateOnly.Rouge1.Recall);
    }

    [Fact]
    public void Should_Score_Concat_And_Agreement()
    {
        // Given the timelines above
        // When
        var concat = TimelineRouge.Score(TimelineRougeVariant.Concat, Predicted, [Reference]);
        var agreement = TimelineRouge.Score(TimelineRougeVariant.Agreement, Predicted, [Reference]);

        // Then: concatenated, all 4 unigrams match; bigrams "oil leak leak rig rig fire" against "rig fire fire oil oil leak": 2 of 3
        Assert.Equal(1, concat.Rouge1.Precision, 12);
        Assert.Equal(1, concat.Rouge1.Recall, 12);
        Assert.Equal(2.0 / 3, concat.Rouge2.Precision, 12);
        // and day by day nothing matches: the 1st says different things, the 2nd and 3rd are on one side only
        Assert.Equal(0, agreement.Rouge1.Precision);
        Assert.Equal(0, agreement.Rouge1.Recall);
    }

    // tilse's own test (tilse/test/evaluation/test_rouge.py): two reference timelines, ROUGE-1 figures as tilse asserts them.
    private static readonly SummaryTimeline[] TilseGroundTruth =
    [
        T((1, ["timeline summarization ."]), (2, ["timeline summarization is awesome .", "coreference resolution is , too ."]), (4, ["alignments are really nice"])),
        T((2, ["metrics are complicated ."])),
    ];

    public static TheoryData<string, TimelineRougeVariant, double, double> TilseFigures => new()
    {
        { "same", TimelineRougeVariant.Concat, 4.0 / 12, 4.0 / 11 },
        { "less", TimelineRougeVariant.Concat, 3.0 / 8, 3.0 / 11 },
        { "more", TimelineRougeVariant.Concat, 4.0 / 14, 4.0 / 11 },
        { "same", TimelineRougeVariant.Agreement, 2.0 / 12, 2.0 / 11 },
        { "more", TimelineRougeVariant.Agreement, 2.0 / 14, 2.0 / 11 },
        { "same", TimelineRougeVariant.Align, 2.5 / 12, 2.5 / 11 },
        { "higher", TimelineRougeVariant.Align, 2.0 / 12, 2.0 / 11 },
        { "less", TimelineRougeVariant.Align, 2.0 / 8, 2.0 / 11 },
        { "more", TimelineRougeVariant.Align, 2.5 / 14, 2.5 / 11 },
        { "same", TimelineRougeVariant.AlignPlus, 2.0 / 12, 2.5 / 11 },
        { "higher", TimelineRougeVariant.AlignPlus, 3.4 / 12, 3.4 / 11 },
        { "less", TimelineRougeVariant.AlignPlus, 2.0 / 8, 2.0 / 11 },
        { "more", TimelineRougeVariant.AlignPlus, 2.5 / 14, 2.5 / 11 },
        { "same", TimelineRougeVariant.AlignPlusManyToOne, 3.0 / 12, 3.5 / 11 },
        { "less", TimelineRougeVariant.AlignPlusManyToOne, 2.5 / 8, 3.0 / 11 },
        { "more", TimelineRougeVariant.AlignPlusManyToOne, 3.0 / 14, 3.5 / 11 },
    };

    [Theory]
    [MemberData(nameof(TilseFigures))]
    public void Should_Reproduce_Tilse_Own_Test_Figures(string output, TimelineRougeVariant variant, double precision, double recall)
    {
        // Given tilse's predicted timelines
        var predicted = output switch
        {
            "same" => T((2, ["timeline summarization ."]), (3, ["doing some metric checks ."]), (5, ["checks for alignments ."])),
            "higher" => T((2, ["timeline summarization ."]), (3, ["alignments are really nice"]), (5, ["timeline summarization ."])),
            "less" => T((2, ["timeline summarization ."]), (3, ["doing some metric checks ."])),
            _ => T((2, ["timeline summarization ."]), (3, ["doing some metric checks ."]), (5, ["checks for alignments ."]), (6, ["asdf"])),
        };

        // When
        var s = TimelineRouge.Score(variant, predicted, TilseGroundTruth);

        // Then
        Assert.Equal(precision, s.Rouge1.Precision, 12);
        Assert.Equal(recall, s.Rouge1.Recall, 12);
    }

    [Fact]
    public void Should_Find_The_Cheapest_One_To_One_Assignment_Of_A_Rectangular_Matrix()
    {
        // Given: rows 0 and 1 both want column 0; row 2 is cheapest at column 0 too, but less so than the others gain
        double[,] wide = { { 1, 4, 5 }, { 2, 7, 3 } };
        double[,] tall = { { 1, 2 }, { 4, 7 }, { 5, 3 } };

        // When / Then: 1 + 3 beats 4 + 2 and 5 + 2
        Assert.Equal([(0, 0), (1, 2)], LinearAssignment.Solve(wide));
        Assert.Equal([(0, 0), (2, 1)], LinearAssignment.Solve(tall));
    }
}
