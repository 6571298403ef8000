using Dossier.Compare;
using Dossier.Model;
using Dossier.Tests.Support;

namespace Dossier.Tests.Compare;

public class DisagreementRulesTests
{
    private static readonly DateValue Day = new(2010, 6, 14);

    private static Comparison Compare(params (string Outlet, string Text)[] reports) => Compare([.. reports.Select(r => (r.Outlet, r.Text, Day))]);

    private static Comparison Compare(params (string Outlet, string Text, DateValue Published)[] reports)
    {
        var articles = reports.Select((r, i) => TestData.Annotated(TestData.Article(r.Text, "a" + i, r.Published, r.Outlet))).ToList();
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

    [Fact]
    public void Should_Show_A_Rate_Reported_Weeks_Apart_As_A_Change_In_Date_Order()
    {
        var c = Compare(("Herald", "By then the containment system was collecting about 15,000 barrels of oil a day from the well.", new DateValue(2010, 6, 15)),
                        ("Daily", "Engineers said the cap on the leaking well was collecting 11,000 barrels a day.", new DateValue(2010, 6, 7)));
        var d = Assert.Single(c.Disagreements);
        Assert.Equal(DisagreementKind.FigureChange, d.Kind);
        Assert.Equal(["Daily", "Herald"], d.Sides.Select(s => s.Outlet));
        Assert.Contains("not a contradiction", d.Note);
    }

    [Fact]
    public void Should_Read_Figures_Of_Two_Named_Days_As_A_Change()
    {
        // both reported on Thursday 10 June: Tuesday's and Wednesday's amounts
        var c = Compare(("Daily", "Engineers said the cap on the leaking well collected 15,000 barrels of oil on Tuesday.", new DateValue(2010, 6, 10)),
                        ("Herald", "BP's cap on the damaged well captured 15,800 barrels of oil on Wednesday.", new DateValue(2010, 6, 10)));
        var d = Assert.Single(c.Disagreements);
        Assert.Equal(DisagreementKind.FigureChange, d.Kind);
        Assert.StartsWith("figures of different days", d.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Not_Show_Figures_That_Could_Both_Hold_As_A_Change()
    {
        var c = Compare(("Daily", "The well ultimately leaked an estimated 4.9 million barrels of oil into the Gulf.", new DateValue(2010, 10, 25)),
                        ("Herald", "The blowout killed 11 workers and spewed more than 4 million barrels of oil into the Gulf.", new DateValue(2010, 11, 24)));
        Assert.DoesNotContain(c.Disagreements, d => d.Kind == DisagreementKind.FigureChange);
    }

    [Fact]
    public void Should_Not_Compare_A_Rate_With_A_Total()
    {
        var c = Compare(("Daily", "The containment cap has collected 149,900 barrels of oil since it was installed.", Day),
                        ("Herald", "Engineers said the cap on the leaking well was collecting 15,000 barrels of oil a day.", Day));
        Assert.Empty(c.Disagreements);
    }
}
