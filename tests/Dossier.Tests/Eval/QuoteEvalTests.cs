using Dossier.Eval.QuoteEval;
using Dossier.Model;
using Dossier.Tests.Support;
using Xunit.Abstractions;

namespace Dossier.Tests.Eval;

/// <summary>The PolNeAR scorer, brat reader and writer, and the offset map back to raw text.</summary>
public class QuoteEvalTests(ITestOutputHelper output)
{
    private const string Text = "Officials said the plan \u201Cwould fail,\u201D according to aides. \U0001F600 Smith said no.";

    [Fact]
    public void Should_Trim_Quotes_And_Punctuation_Before_Exact_Match()
    {
        // Given: gold includes the closing quotation mark and comma, the prediction does not
        var content = Text.IndexOf("\u201Cwould", StringComparison.Ordinal);
        var gold = new BratAttribution(BratSpan.Of(new TextSpan(0, 9)), BratSpan.Of(new TextSpan(10, 14)), BratSpan.Of(new TextSpan(15, content + 13)));
        var pred = new BratAttribution(BratSpan.Of(new TextSpan(0, 9)), BratSpan.Of(new TextSpan(10, 14)), BratSpan.Of(new TextSpan(15, content + 11)));

        // When
        var s = QuoteScorer.Score([gold], [pred], Text);

        // Then
        Assert.Equal(1, s.ContentExact.Matched);
        Assert.Equal(1, s.AttributionExact.Matched);
    }

    [Fact]
    public void Should_Match_An_Absent_Source_Only_With_An_Absent_Source()
    {
        // Given
        var gold = new BratAttribution(null, BratSpan.Of(new TextSpan(10, 14)), BratSpan.Of(new TextSpan(15, 30)));
        var pred = new BratAttribution(BratSpan.Of(new TextSpan(0, 9)), BratSpan.Of(new TextSpan(10, 14)), BratSpan.Of(new TextSpan(15, 30)));

        // When
        var s = QuoteScorer.Score([gold], [pred], Text);

        // Then
        Assert.Equal(0, s.AttributionOverlap.Matched);
        Assert.Equal(1, s.CueExact.Matched);
        Assert.Equal(0, s.SourceOverlap.Gold);
    }

    [Fact]
    public void Should_Match_Overlaps_One_To_One()
    {
        // Given: one long prediction overlapping two gold spans counts once
        var gold = new[] { new BratAttribution(null, BratSpan.Of(new TextSpan(0, 5)), null), new BratAttribution(null, BratSpan.Of(new TextSpan(6, 9)), null) };
        var pred = new[] { new BratAttribution(null, BratSpan.Of(new TextSpan(0, 9)), null) };

        // When
        var s = QuoteScorer.Score(gold, pred, Text);

        // Then
        Assert.Equal(new MatchCounts(2, 1, 1), s.CueOverlap);
    }

    [Fact]
    public void Should_Round_Trip_Brat_In_Code_Points()
    {
        // Given: an emoji before the span shifts UTF-16 offsets against brat's code points
        var cue = Text.LastIndexOf("said", StringComparison.Ordinal);
        var a = new BratAttribution(BratSpan.Of(new TextSpan(cue - 6, cue - 1)), BratSpan.Of(new TextSpan(cue, cue + 4)), BratSpan.Of(new TextSpan(cue + 5, cue + 7)));

        // When
        var ann = BratWriter.Write([a], Text);
        var back = BratReader.Parse(ann.Split('\n'), Text);

        // Then
        Assert.Contains($"Cue {cue - 1} {cue + 3}\tsaid", ann, StringComparison.Ordinal);
        Assert.Equal(a, Assert.Single(back));
    }

    [Fact]
    public void Should_Map_Spans_Back_To_Raw_Offsets()
    {
        // Given: an ellipsis expands to three characters and a carriage return disappears
        var raw = "He said\u2026 \u201Cno\u201D\r\nShe said yes.";
        var r = new RawTextQuotes().Extract(raw, "t");

        // When
        var mapped = MappedText.Create(raw);
        var she = mapped.Text.IndexOf("She", StringComparison.Ordinal);

        // Then
        Assert.Equal("She", mapped.ToRaw(new TextSpan(she, she + 3)).Of(raw));
        Assert.All(r.Quotes, q => Assert.Equal(q.CueSpan.Of(raw), q.Cue));
    }

    [Fact]
    public void Should_Open_A_Quotation_Introduced_By_That_At_That_In_The_Brat_Content()
    {
        // Given
        const string raw = "Clinton told the crowd that \u201Cwe are stronger together than we are apart,\u201D a line she has used before.";

        // When
        var r = new RawTextQuotes().Extract(raw, "t");

        // Then: the quote keeps the quotation's words; PolNeAR's content opens with "that"
        var q = Assert.Single(r.Quotes);
        Assert.True(q.Direct);
        Assert.Equal("we are stronger together than we are apart", q.Text);
        var content = Assert.Single(Assert.Single(r.Attributions).Content!.Parts);
        Assert.StartsWith("that \u201Cwe are stronger", content.Of(raw), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Score_Polnear_Dev()
    {
        // Given
        var dir = Path.Combine(TestData.EvalDir, "polnear", "dev");
        if (!Directory.Exists(dir)) return;

        // When
        var s = PolnearBenchmark.Run(dir);

        // Then: floors a little under the measured figures, so a regression shows
        output.WriteLine(s.Format());
        Assert.True(s.CueOverlap.Precision >= 0.85, s.Format());
        Assert.True(s.AttributionOverlap.F1 >= 0.58, s.Format());
    }
}
