using Dossier.Eval.Summary;
using Dossier.Tests.Support;

namespace Dossier.Tests.Eval;

public class Duc2006EvalTests
{
    [Fact]
    public void Should_Score_Systems_As_Nist_Did_And_Keep_Dossier_Above_Its_Floor()
    {
        var dir = Path.Combine(TestData.EvalDir, "duc2006");
        if (!File.Exists(Path.Combine(dir, "topics.sgml"))) return;

        var r = Duc2006Eval.Run(dir);

        // The scoring reproduces the published figures: system 24 at 0.093 / 0.151, humans at 0.113 / 0.171 on average.
        var best = r.Systems.Single(s => s.Id == "24");
        Assert.Equal(0.093, best.Rouge2, 3);
        Assert.Equal(0.151, best.Su4, 3);
        var humans = r.Systems.Where(s => s.Id.Length == 1 && char.IsLetter(s.Id[0])).ToList();
        Assert.Equal(0.113, humans.Average(h => h.Rouge2), 3);
        Assert.Equal(0.171, humans.Average(h => h.Su4), 3);

        // Measured with `dossier eval duc2006` on 2026-11-24: ROUGE-2 0.1102, SU4 0.1604 (targets 0.100 / 0.160).
        var ours = r.Systems.Single(s => s.Id == Duc2006Eval.DossierId);
        Assert.Equal(25, ours.Topics);
        Assert.True(ours.Rouge2 >= 0.100, $"ROUGE-2 {ours.Rouge2:F4}");
        Assert.True(ours.Su4 >= 0.160, $"SU4 {ours.Su4:F4}");
        Assert.True(ours.Rouge2 > best.Rouge2 && ours.Su4 > best.Su4, "above the best DUC 2006 system");
    }
}
