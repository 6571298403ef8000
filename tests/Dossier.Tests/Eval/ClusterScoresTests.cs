using Dossier.Eval.Cluster;
using Dossier.Tests.Support;

namespace Dossier.Tests.Eval;

public class ClusterScoresTests
{
    // Gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}.
    private static readonly Dictionary<string, int> Gold = new() { ["a"] = 1, ["b"] = 1, ["c"] = 1, ["d"] = 2, ["e"] = 2 };
    private static readonly Dictionary<string, string> Predicted = new() { ["a"] = "x", ["b"] = "x", ["c"] = "y", ["d"] = "y", ["e"] = "y" };

    [Fact]
    public void Should_Compute_BCubed_By_Hand()
    {
        // precision: a,b 2/2; c 1/3; d,e 2/3 → (2 + 1/3 + 4/3) / 5; recall: a,b 2/3; c 1/3; d,e 2/2 → (4/3 + 1/3 + 2) / 5
        var s = ClusterScores.BCubed(Predicted, Gold);
        Assert.Equal((2 + 1 / 3.0 + 4 / 3.0) / 5, s.Precision, 9);
        Assert.Equal((4 / 3.0 + 1 / 3.0 + 2) / 5, s.Recall, 9);
    }

    [Fact]
    public void Should_Compute_Pairwise_By_Hand()
    {
        // together: ab, cd, ce, de = 4; belong: ab, ac, bc, de = 4; right: ab, de = 2
        var s = ClusterScores.Pairwise(Predicted, Gold);
        Assert.Equal(0.5, s.Precision, 9);
        Assert.Equal(0.5, s.Recall, 9);
    }

    [Fact]
    public void Should_Keep_Ecb_Clustering_Above_Its_Floors()
    {
        var dir = Path.Combine(TestData.EvalDir, "ecbplus");
        if (!Directory.Exists(dir)) return;
        var r = ClusterEval.Run(dir);
        // Measured with `dossier eval cluster` on 2026-11-23: events B-cubed F1 0.879, stories 0.815.
        Assert.True(r.EventBCubed.F1 >= 0.86, $"events {r.EventBCubed}");
        Assert.True(r.TopicBCubed.F1 >= 0.79, $"stories {r.TopicBCubed}");
    }
}
