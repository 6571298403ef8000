using System.Collections.Immutable;
using Dossier.Model;
using Dossier.Quotes;

namespace Dossier.Tests.Quotes;

public class SpeakerLinkerTests
{
    private static Quote Quote(string? speaker, TextSpan? speakerSpan, string articleId = "a1") =>
        new(articleId, 0, speaker, speakerSpan, "said", new TextSpan(30, 34), "We have no objection", new TextSpan(1, 21), true, "TrailingCue");

    private static Entity Entity(string id, string name, EntityType type, string[] aliases, params Mention[] mentions) =>
        new(id, name, type, [.. aliases], [.. mentions]);

    private static Mention Mention(string articleId, int start, int end, string text, EntityType type = EntityType.Person) =>
        new(articleId, 0, new TextSpan(start, end), text, type, "test");

    [Fact]
    public void Should_Link_By_A_Mention_Over_The_Speaker_Words()
    {
        // Given
        var assad = Entity("e1", "Bashar al-Assad", EntityType.Person, [], Mention("a1", 24, 29, "Assad"));
        var quote = Quote("he", new TextSpan(24, 26));

        // When
        var linked = SpeakerLinker.Link([quote], [assad]);

        // Then
        Assert.Equal(("e1", "Bashar al-Assad"), (linked[0].SpeakerEntityId, linked[0].Speaker));
    }

    [Fact]
    public void Should_Not_Link_A_Group_To_The_Place_Its_Name_Mentions()
    {
        // Given "Russian officials have suggested ..." with "Russian" a Misc entity
        var russian = Entity("e2", "Russian", EntityType.Misc, [], Mention("a1", 0, 7, "Russian", EntityType.Misc));
        var quote = Quote("Russian officials", new TextSpan(0, 17));

        // When
        var linked = SpeakerLinker.Link([quote], [russian]);

        // Then the speaker stays as written
        Assert.Equal(("Russian officials", null), (linked[0].Speaker, linked[0].SpeakerEntityId));
    }

    [Fact]
    public void Should_Not_Link_A_Phrase_To_The_Name_It_Ends_On()
    {
        // Given seed 000's "Local media outlets in Haiti reported …", Haiti an entity of the story
        var haiti = Entity("e3", "Haiti", EntityType.Location, [], Mention("other", 0, 5, "Haiti", EntityType.Location));
        var quote = Quote("Local media outlets in Haiti", new TextSpan(40, 68));

        // When
        var linked = SpeakerLinker.Link([quote], [haiti]);

        // Then
        Assert.Equal(("Local media outlets in Haiti", null), (linked[0].Speaker, linked[0].SpeakerEntityId));
    }

    [Theory]
    [InlineData("al-Assad")]
    [InlineData("Assad")]
    [InlineData("Bashar al Assad")]
    [InlineData("bashar al-assad")]
    public void Should_Link_By_Name_Ignoring_Case_And_Particles(string speaker)
    {
        // Given: the mention is in another article, so only the name can link
        var assad = Entity("e1", "Bashar al-Assad", EntityType.Person, ["Assad"], Mention("other", 0, 5, "Assad"));
        var syria = Entity("e2", "Syria", EntityType.Location, [], Mention("a1", 0, 5, "Syria", EntityType.Location));
        var quote = Quote(speaker, new TextSpan(40, 48));

        // When
        var linked = SpeakerLinker.Link([quote], [syria, assad]);

        // Then
        Assert.Equal(("e1", "Bashar al-Assad"), (linked[0].SpeakerEntityId, linked[0].Speaker));
    }

    [Fact]
    public void Should_Leave_A_Quote_Unlinked_When_Nothing_Matches()
    {
        // Given
        var earnest = Entity("e1", "Josh Earnest", EntityType.Person, [], Mention("a1", 0, 12, "Josh Earnest"));
        var quote = Quote("Walid al-Moallem", new TextSpan(40, 50));

        // When
        var linked = SpeakerLinker.Link([quote], [earnest]);

        // Then
        Assert.Equal(quote, Assert.Single(linked));
        Assert.Null(linked[0].SpeakerEntityId);
    }

    [Fact]
    public void Should_Link_Seed_Quotes_To_Merged_Entities()
    {
        // Given: quotes from two outlets and an entity merged across them
        var (_, q000) = QuoteSieveTests.Run(Support.TestData.SeedText("000"));
        var (_, q001) = QuoteSieveTests.Run(Support.TestData.SeedText("001"));
        var assad = Entity("assad", "Bashar al-Assad", EntityType.Person, ["Assad", "Bashar al Assad", "al-Assad"]);

        // When
        var linked = SpeakerLinker.Link(q000.Concat(q001), ImmutableArray.Create(assad));

        // Then
        var noObjection = linked.Where(q => q.Text.StartsWith("We have no objection", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, noObjection.Count);
        Assert.All(noObjection, q => Assert.Equal("assad", q.SpeakerEntityId));
    }
}
