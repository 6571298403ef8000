using Dossier.Compare;
using Dossier.Text;

namespace Dossier.Tests.Compare;

public class PolarityTests
{
    private static List<string> Negated(string text) => [.. Polarity.Negated(Tokenizer.Tokenize(text))];

    [Fact]
    public void Should_Find_The_Word_A_Negation_Denies()
    {
        Assert.Equal([Stemmer.Stem("criminal")], Negated("A Justice Department official said it was not a criminal probe at this stage."));
        Assert.True(Polarity.Affirmed(Tokenizer.Tokenize("They are targets of a criminal probe."), Stemmer.Stem("criminal")));
        Assert.False(Polarity.Affirmed(Tokenizer.Tokenize("It was not a criminal probe."), Stemmer.Stem("criminal")));
    }

    [Theory]
    [InlineData("And if it's not, there are other approaches.")] // a condition
    [InlineData("The wells are not expected to be finished until August.")] // a date, not a denial
    [InlineData("This is not only a spill but a disaster.")] // "not only" adds
    public void Should_Not_Take_Conditions_Dates_Or_Additions_For_Denials(string text)
    {
        Assert.Empty(Negated(text));
    }

    [Fact]
    public void Should_Read_A_Negation_That_Lost_Its_Apostrophe()
    {
        Assert.NotEmpty(Negated("Goldman's purpose isn t to educate women"));
    }

    [Fact]
    public void Should_Find_Opposite_Stances_Only_Toward_Something_Both_Name()
    {
        var shared = new HashSet<string> { Stemmer.Stem("previous"), Stemmer.Stem("remarks") };
        Assert.Equal(1, Polarity.StanceOn(Tokenizer.Tokenize("The comments echo previous remarks by the minister"), shared)?.Sign);
        Assert.Equal(-1, Polarity.StanceOn(Tokenizer.Tokenize("His position seems to differ from previous remarks"), shared)?.Sign);
        // "Department" is not "depart", and a stance on something the other does not name is no framing
        Assert.Null(Polarity.StanceOn(Tokenizer.Tokenize("The Interior Department agency regulates drilling"), shared));
        Assert.Null(Polarity.StanceOn(Tokenizer.Tokenize("Analysts differ on the outlook"), shared));
    }
}
