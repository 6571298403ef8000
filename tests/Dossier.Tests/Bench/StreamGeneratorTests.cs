using Dossier.Bench;
using Dossier.Tests.Support;

namespace Dossier.Tests.Bench;

public class StreamGeneratorTests
{
    private static readonly Lazy<IReadOnlyList<Topic>> Topics = new(() => TopicPool.Load(TestData.EvalDir, maxTopics: 6));

    private static bool HaveEval => Directory.Exists(Path.Combine(TestData.EvalDir, "duc2006", "docs"));

    [Fact]
    public void Should_Make_The_Same_Stream_From_The_Same_Seed()
    {
        if (!HaveEval) return;
        var a = new StreamGenerator(Topics.Value, seed: 5).Generate(500).Select(s => (s.Article.Id, s.Kind, s.Original)).ToList();
        var b = new StreamGenerator(Topics.Value, seed: 5).Generate(500).Select(s => (s.Article.Id, s.Kind, s.Original)).ToList();
        var c = new StreamGenerator(Topics.Value, seed: 6).Generate(500).Select(s => s.Article.Id).ToList();
        Assert.Equal(a, b);
        Assert.NotEqual(a.Select(x => x.Id), c);
    }

    [Fact]
    public void Should_Plant_Each_Kind_At_About_Its_Rate_And_Copy_Only_Earlier_Originals()
    {
        if (!HaveEval) return;
        var stream = new StreamGenerator(Topics.Value, seed: 1).Generate(4_000).ToList();
        var rates = new StreamRates();
        foreach (var (kind, rate) in new[] { (CopyKind.Exact, rates.Exact), (CopyKind.Syndicated, rates.Syndicated), (CopyKind.Rewrite, rates.Rewrite), (CopyKind.FollowUp, rates.FollowUp) })
            Assert.InRange(stream.Count(s => s.Kind == kind) / 4_000.0, rate * 0.7, rate * 1.3);
        foreach (var s in stream.Where(s => s.IsPlantedCopy))
        {
            Assert.True(s.Original < s.Index);
            Assert.Contains(stream[s.Original].Kind, new[] { CopyKind.Original, CopyKind.FollowUp });
        }
        Assert.All(stream.Where(s => s.Kind == CopyKind.Exact), s => Assert.Equal(stream[s.Original].Article.Id, s.Article.Id));
        Assert.All(stream.Take(50), s => Assert.All(s.Article.Sentences, x => Assert.Equal(x.Text, x.Span.Of(s.Article.Text))));
    }
}
