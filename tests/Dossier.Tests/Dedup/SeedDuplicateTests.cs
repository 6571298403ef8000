using Dossier.Dedup;
using Dossier.Pipeline;
using Dossier.Tests.Support;

namespace Dossier.Tests.Dedup;

public class SeedDuplicateTests
{
    [Fact]
    public void Should_Not_Take_Two_Outlets_Writeups_Of_One_Interview_For_Copies()
    {
        // 001 rewrites 000's interview report in its own words: the same event, two reports, not a copy
        if (!Directory.Exists(TestData.SeedsDir)) return;
        var pipeline = new DossierPipeline();
        var a = pipeline.ReadFile(TestData.Seed("000")).Articles[0];
        var b = pipeline.ReadFile(TestData.Seed("001")).Articles[0];
        var o = DedupOptions.Default;
        var j = WordShingles.Jaccard(WordShingles.Of(a.Text, o.ShingleSize, o.Seed), WordShingles.Of(b.Text, o.ShingleSize, o.Seed));
        Assert.InRange(j, 0.01, o.Threshold);
        Assert.Empty(NearDuplicateFinder.Find([a, b]));
    }
}
