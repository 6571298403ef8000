using Dossier.Summarize;

namespace Dossier.Tests.Summarize;

public class CompressorTests
{
    [Theory]
    [InlineData("BEIJING (AP) _ Workers surrounded government offices for five days.", "Workers surrounded government offices for five days.")]
    [InlineData("BEIJING, September 14 (Xinhua) -- A Chinese official said here today that reform will go on.", "A Chinese official said here today that reform will go on.")]
    [InlineData("SAN JUAN, Puerto Rico (AP) -- The storm hit the island.", "The storm hit the island.")]
    [InlineData("NEW YORK _ Stocks fell sharply.", "Stocks fell sharply.")]
    [InlineData("Mr. Smith -- the mayor -- resigned.", "Mr. Smith -- the mayor -- resigned.")]
    public void Should_Strip_Wire_Datelines_Only(string text, string expected)
    {
        // When
        var clean = Compressor.Clean(text);

        // Then
        Assert.Equal(expected, clean);
    }

    [Theory]
    [InlineData("However, the plan was rejected by the council on Tuesday.", "The plan was rejected by the council.")]
    [InlineData("Workers blocked streets for two hours, a rights group reported Monday.", "Workers blocked streets for two hours.")]
    [InlineData("The park brought in insects to kill tree pests, according to park officials.", "The park brought in insects to kill tree pests.")]
    [InlineData("The agency (EPA) enforces the federal Clean Water Act.", "The agency enforces the federal Clean Water Act.")]
    [InlineData("So far, China has set up more than 130 wetland reserves.", "So far, China has set up more than 130 wetland reserves.")]
    [InlineData("The administration, however, puts modest resources into the agencies.", "The administration puts modest resources into the agencies.")]
    [InlineData("Putin, a former KGB officer, was named acting president.", "Putin was named acting president.")]
    [InlineData("Officials said the dam would be finished by 2003.", "The dam would be finished by 2003.")]
    [InlineData("Farmers, who lost their land, protested in the capital.", "Farmers protested in the capital.")]
    public void Should_Offer_A_Shorter_Wording_That_Keeps_The_Statement(string text, string expected)
    {
        // When
        var variants = Compressor.Variants(text);

        // Then: the fullest wording first, the cut one among the rest, and no wording adds a word
        Assert.Equal(Compressor.Clean(text), variants[0]);
        Assert.Contains(expected, variants);
        Assert.All(variants, v => Assert.True(v.Split(' ').Length <= text.Split(' ').Length, v));
    }

    [Theory]
    [InlineData("Thirty-eight percent said that the state's image benefits from its frequent use of capital punishment.", "The state's image benefits from its frequent use of capital punishment.")]
    [InlineData("A majority of voters said the war was a mistake.", "The war was a mistake.")]
    public void Should_Not_Turn_A_Poll_Answer_Into_A_Fact(string text, string unattributed) =>
        Assert.DoesNotContain(unattributed, Compressor.Variants(text));
}
