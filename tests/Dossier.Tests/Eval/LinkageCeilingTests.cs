using Dossier.Eval.Cluster;
using Dossier.Tests.Support;

namespace Dossier.Tests.Eval;

public class LinkageCeilingTests
{
    private static ClusterEval.Benchmark Bench(params (string Doc, string Topic, string Event, string Text)[] docs)
    {
        var articles = docs.Select(d => TestData.Annotated(TestData.Article(d.Text, d.Doc))).ToList();
        return new ClusterEval.Benchmark("t", articles, docs.ToDictionary(d => d.Doc, d => d.Doc), docs.ToDictionary(d => d.Doc, d => (d.Topic, d.Event)));
    }

    [Fact]
    public void Separable_Events_Reach_A_Perfect_Ceiling()
    {
        var bench = Bench(
            ("a1", "1", "quake", "A strong earthquake shook the island of Qeshm, destroying villages and killing ten people."),
            ("a2", "1", "quake", "Ten people were killed when an earthquake destroyed villages on Qeshm island."),
            ("b1", "1", "rehab", "The actress checked into the Betty Ford rehabilitation clinic for a court-ordered stay."),
            ("b2", "1", "rehab", "A court ordered the actress into rehabilitation; she checked into the Betty Ford clinic."));
        var ceiling = LinkageCeiling.Events(bench);
        Assert.NotNull(ceiling);
        Assert.Equal(1.0, ceiling.Best.F1, 6);
    }

    [Fact]
    public void No_Ceiling_When_Events_Are_The_Topics() =>
        Assert.Null(LinkageCeiling.Events(Bench(("a", "1", "1", "One text."), ("b", "2", "2", "Another text."))));
}
