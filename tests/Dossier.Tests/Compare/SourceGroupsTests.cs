using Dossier.Compare;
using Dossier.Tests.Support;

namespace Dossier.Tests.Compare;

public class SourceGroupsTests
{
    private const string Wire = "Rescue teams searched the rubble of the collapsed hotel on Sunday as the number of dead rose to 40, officials said. " +
                                "The building in the port city fell after a fire broke out in its kitchen late on Saturday evening, witnesses told reporters. " +
                                "Firefighters fought the blaze for six hours before the upper floors gave way, the regional governor said at a briefing.";

    [Fact]
    public void Should_Count_A_Wire_Story_Carried_By_Two_Sites_Once()
    {
        var a = TestData.Annotated(TestData.Article(Wire, "a", source: "Site A"));
        var b = TestData.Annotated(TestData.Article(Wire + " More later.", "b", source: "Site B"));
        var c = TestData.Annotated(TestData.Article("A different report on the collapse, written by a third outlet's own reporter at the scene today.", "c", source: "Site C"));
        var groups = SourceGroups.Of([a, b, c]);
        Assert.Equal(groups.Copy[0], groups.Copy[1]);
        Assert.NotEqual(groups.Copy[0], groups.Copy[2]);
        Assert.Equal(1, groups.Independent([0, 1]));
        Assert.Equal(2, groups.Independent([0, 1, 2]));
        // two sites that only carry the same wire story are one independent outlet
        Assert.Equal(2, groups.IndependentOutlets());
    }

    [Fact]
    public void Should_Count_Two_Articles_Of_One_Outlet_Once()
    {
        var a = TestData.Annotated(TestData.Article("The council voted to close the bridge for repairs over the summer months.", "a", source: "Daily"));
        var b = TestData.Annotated(TestData.Article("Traders near the bridge fear a summer without passing trade, they said on Monday.", "b", source: "Daily"));
        Assert.Equal(1, SourceGroups.Of([a, b]).Independent([0, 1]));
    }
}
