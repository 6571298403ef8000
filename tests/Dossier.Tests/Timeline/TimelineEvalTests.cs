using Dossier.Eval.Timeline;
using Dossier.Tests.Support;

namespace Dossier.Tests.Timeline;

/// <summary>The Timeline17 date-selection benchmark, with a floor pinned just under the measured figure.</summary>
public class TimelineEvalTests
{
    /// <summary>Measured 0.586 with `dossier eval timeline` (daily dates only, as the gold timelines are).</summary>
    private const double DateF1Floor = 0.575;

    /// <summary>Measured align+ m:1 ROUGE-1 F 0.140 and ROUGE-2 F 0.047.</summary>
    private const double AR1Floor = 0.138;
    private const double AR2Floor = 0.045;

    [Fact]
    public void Should_Keep_Date_F1_On_Timeline17_Above_Its_Floor()
    {
        var dir = Path.Combine(TestData.EvalDir, "timeline17");
        if (!Directory.Exists(dir)) return;

        var result = TimelineEval.Run(dir);

        Assert.Equal(11, result.Timelines.Length);
        Assert.True(result.DateF1 >= DateF1Floor, $"date F1 {result.DateF1:F3} < {DateF1Floor}");
        Assert.True(result.AR1 >= AR1Floor, $"AR-1 {result.AR1:F3} < {AR1Floor}");
        Assert.True(result.AR2 >= AR2Floor, $"AR-2 {result.AR2:F3} < {AR2Floor}");
    }

    [Fact]
    public void Should_Take_F_From_The_Averaged_Precision_And_Recall()
    {
        var r = new TimelineEvalResult([new("t", "a", 4, 2, 1.0, 0.5), new("t", "b", 4, 4, 0.5, 0.5)], TimeSpan.Zero);
        Assert.Equal(0.75, r.DatePrecision, 6);
        Assert.Equal(0.5, r.DateRecall, 6);
        Assert.Equal(0.6, r.DateF1, 6);
    }
}
