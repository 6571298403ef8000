using Dossier.Compare;
using Dossier.Text;

namespace Dossier.Tests.Compare;

public class QuantityTests
{
    private static IReadOnlyList<Quantity> In(string text) => Quantity.In(Tokenizer.Tokenize(text));

    [Fact]
    public void Should_Read_A_Hedged_Toll_With_Its_Predicate_And_Noun()
    {
        var estimated = Assert.Single(In("the civil war that has killed an estimated 250,000 people"));
        var atLeast = Assert.Single(In("is estimated to have killed more than 200,000 people"));
        Assert.Equal(estimated.Key, atLeast.Key);
        Assert.Equal(250_000, estimated.Value);
        Assert.True(estimated.Low < 250_000 && estimated.High > 250_000);
        Assert.Equal(200_000, atLeast.Low);
        Assert.True(double.IsPositiveInfinity(atLeast.High));
        Assert.True(estimated.Compatible(atLeast));
        Assert.False(Assert.Single(In("killed 11 workers")).Compatible(Assert.Single(In("killed 15 workers"))));
    }

    [Fact]
    public void Should_Apply_Multipliers()
    {
        Assert.Equal(4_900_000, Assert.Single(In("the well leaked 4.9 million barrels of oil")).Value);
    }

    [Theory]
    [InlineData("The rig sank on 22 April after the blast.")] // a date
    [InlineData("Pressure rose at 2 psi per hour for 24 hours.")] // a rate and a duration
    [InlineData("BP hoped to collect 20,000 barrels a day.")] // a target, not a reported figure
    [InlineData("In 2010 the spill began.")] // a year
    public void Should_Not_Take_Dates_Durations_Targets_Or_Years_For_Figures(string text)
    {
        Assert.Empty(In(text));
    }

    [Fact]
    public void Should_Not_Give_A_Figure_Across_A_Conjunction()
    {
        // 17 were injured, not killed
        var found = In("Eleven people were killed and 17 people were injured");
        Assert.DoesNotContain(found, q => q.Value == 17 && q.Key.StartsWith("kill", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The well is gushing 5,000 barrels of oil a day.")]
    [InlineData("The well is gushing 5,000 barrels (210,000 gallons) a day.")]
    [InlineData("The well is gushing 5,000 barrels -LRB- 210,000 gallons -RRB- a day.")] // a treebank-escaped corpus
    [InlineData("The well is gushing 5,000 barrels daily.")]
    [InlineData("The well is gushing 5,000 bpd.")]
    public void Should_Tell_A_Rate_From_A_Total(string rate)
    {
        var perDay = Assert.Single(In(rate));
        var total = Assert.Single(In("The well has gushed 5,000 barrels since April."));
        Assert.NotEqual(perDay.Key, total.Key);
        Assert.EndsWith("|day", perDay.Key, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Take_A_Weekday_Amount_For_A_Day()
    {
        Assert.Equal(Assert.Single(In("BP collected 15,000 barrels on Tuesday.")).Key, Assert.Single(In("BP was collecting 15,000 barrels a day.")).Key);
    }

    [Theory]
    [InlineData("If next month BP starts to collect 50,000 barrels of oil per day, the estimates were wrong.")]
    [InlineData("Assuming the well has flowed 12,000 barrels a day since April 20, the total is large.")]
    public void Should_Not_Take_A_Supposition_For_A_Figure(string text)
    {
        Assert.DoesNotContain(In(text), q => q.Key.Contains("barrel", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Read_The_Verb_After_A_Compound_Noun()
    {
        Assert.Equal(Assert.Single(In("the explosion, in which 11 crew members died")).Key, Assert.Single(In("the blast killed 11 people")).Key);
        Assert.Empty(In("At the time of the explosion, 126 crew members were on the rig."));
    }
}
