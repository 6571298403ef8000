using Dossier.Ingest;
using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Tests.Support;

namespace Dossier.Tests.Compare;

/// <summary>The seed cases for the comparison of outlets, through the whole pipeline.</summary>
public class SeedComparisonTests
{
    private static readonly Lazy<(IReadOnlyList<Article> Articles, Story Story)> Run = new(() =>
    {
        var pipeline = new DossierPipeline();
        var articles = FileDiscovery.Expand([TestData.SeedsDir]).Files.SelectMany(f => pipeline.ReadFile(f).Articles).ToList();
        var stories = pipeline.BuildStories([.. articles.Select(a => pipeline.Annotate(a))]);
        var first = articles.First(a => Path.GetFileName(a.Path).StartsWith("000", StringComparison.Ordinal) && a.FragmentOf is null);
        return (articles, stories.Single(s => s.ArticleIds.Contains(first.Id)));
    });

    private static Comparison Comparison => Run.Value.Story.Comparison;

    private static string Id(string prefix) =>
        Run.Value.Articles.First(a => Path.GetFileName(a.Path).StartsWith(prefix, StringComparison.Ordinal) && a.FragmentOf is null).Id;

    private static bool Between(Disagreement d, string a, string b) =>
        d.Sides.Select(s => s.Statement.Ref.ArticleId).ToHashSet().SetEquals([Id(a), Id(b)]);

    [Fact]
    public void Should_Report_The_Two_Death_Tolls_With_Each_Reports_Date()
    {
        var d = Assert.Single(Comparison.Disagreements, d => d.Kind == DisagreementKind.Figures && Between(d, "000", "002"));
        var toll000 = d.Sides.Single(s => s.Statement.Ref.ArticleId == Id("000"));
        var toll002 = d.Sides.Single(s => s.Statement.Ref.ArticleId == Id("002"));
        Assert.Contains("250,000", toll000.Says);
        Assert.Contains("200,000", toll002.Says);
        Assert.Null(toll000.Reported);
        Assert.Equal("2015-07-23", toll002.Reported?.ToIso()[..10]);
        // "more than 200,000" does not exclude "an estimated 250,000", and the undated report is said to be undated
        Assert.Contains("could both hold", d.Note);
        Assert.Contains("undated", d.Note);
    }

    [Fact]
    public void Should_Report_Echo_And_Differ_As_Opposite_Framings_Of_The_Foreign_Ministers_Remarks()
    {
        var d = Assert.Single(Comparison.Disagreements, d => d.Kind == DisagreementKind.Framing && Between(d, "000", "001"));
        Assert.Contains("echo", d.Sides.Single(s => s.Statement.Ref.ArticleId == Id("000")).Says);
        Assert.Contains("differ", d.Sides.Single(s => s.Statement.Ref.ArticleId == Id("001")).Says);
        Assert.All(d.Sides, s => Assert.Contains("a miracle", s.Statement.Text));
    }

    [Fact]
    public void Should_Not_Find_000_And_001_Contradicting_Each_Other_On_The_Facts_They_Share()
    {
        Assert.DoesNotContain(Comparison.Disagreements, d => d.Kind != DisagreementKind.Framing && Between(d, "000", "001"));
        var shared = Comparison.Shared.Where(f => f.Reports.Select(r => r.Ref.ArticleId).ToHashSet().SetEquals([Id("000"), Id("001")])).ToList();
        Assert.True(shared.Count >= 3, $"000 and 001 share {shared.Count} aligned facts");
        Assert.All(shared, f => Assert.Equal(2, f.Sources));
        Assert.Contains(shared, f => f.Reports.Any(r => r.Text.Contains("We have no objection") || r.Text.Contains("form an alliance to fight terrorism")));
    }

    [Fact]
    public void Should_Say_Only_TRT_World_Reports_That_France_Called_Assads_Neutralisation_Essential()
    {
        var trt = Assert.Single(Comparison.Exclusives, x => x.Outlet == "TRTWorld");
        Assert.Contains(trt.Facts, f => f.Reports[0].Text.Contains("neutralisation") && f.Reports[0].Ref.ArticleId == Id("001"));
        Assert.DoesNotContain(trt.Facts, f => f.Reports[0].Text.Contains("We have no objection"));
    }

    [Fact]
    public void Should_Carry_The_Misquote_Found_By_The_Quote_Stage()
    {
        Assert.Contains(Comparison.QuoteDifferences, v => v.ChangesMeaning && new[] { v.First.ArticleId, v.Second.ArticleId }.ToHashSet().SetEquals([Id("000"), Id("001")]));
    }

    [Fact]
    public void Should_Count_Outlets_And_Independent_Sources()
    {
        Assert.Equal(5, Comparison.Outlets);
        Assert.Equal(5, Comparison.IndependentSources);
    }
}
