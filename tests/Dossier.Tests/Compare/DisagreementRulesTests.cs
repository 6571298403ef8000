using Dossier.Compare;
using Dossier.Model;
using Dossier.Tests.Support;

namespace Dossier.Tests.Compare;

public class DisagreementRulesTests
{
    private static readonly DateValue Day = new(2010, 6, 14);

    private static Comparison Compare(params (string Outlet, string Text)[] reports)
    {
        var articles = reports.Select((r, i) => TestData.Annotated(TestData.Article(r.Text, "a" + i, Day, r.Outlet))).ToList();
        return new Comparer().Compare(articles, [new Event("e1", "", Day, [.. articles.Select(a => a.Article.Id)])], [], [], []);
    }

    [Fact]
    public void Should_Report_Two_Tolls_For_One_Explosion()
    {
        var c = Compare(("Daily", "The explosion on the drilling rig killed 11 workers and injured others."),
                        ("Herald", "The drilling rig explosion killed 15 workers, officials said."));
        var d = Assert.Single(c.Disagreements);
        Assert.Equal(DisagreementKind.Figures, d.Kind);
        Assert.Contains("reported the same day", d.Note);
    }

    [Fact]
    public void Should_Not_Set_Another_Years_Accident_Against_This_One()
    {
        var c = Compare(("Daily", "In 2005 an explosion at the Texas City refinery killed 15 workers."),
                        ("Herald", "The explosion on the drilling rig killed 11 workers."));
        Assert.Empty(c.Disagreements);
    }

    [Fact]
    public void Should_Not_Count_A_Figure_The_Other_Statement_Also_Gives()
    {
        var c = Compare(("Daily", "Feinberg said the fund would end up making emergency payments to 175,000 claimants."),
                        ("Herald", "The fund has made emergency payments to 125,000 claimants, and the final tally will reach 175,000 claimants, Feinberg said."));
        Assert.Empty(c.Disagreements);
    }

    [Fact]
    public void Should_Not_Set_Two_Days_Figures_Against_Each_Other()
    {
        var c = Compare(("Daily", "BP said its containment cap collected 10,000 barrels of oil on Sunday."),
                        ("Herald", "BP said its containment cap collected 14,800 barrels of oil on Monday."));
        Assert.Empty(c.Disagreements);
    }
}
