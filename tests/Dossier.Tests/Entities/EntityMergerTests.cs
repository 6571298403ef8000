using Dossier.Entities;
using Dossier.Model;

namespace Dossier.Tests.Entities;

public class EntityMergerTests
{
    [Fact]
    public void Should_Merge_Every_Spelling_Of_Assad_Into_One_Person()
    {
        // Given the five seeds, which write "Bashar al-Assad", "al-Assad", "Al-Assad", "Assad", "Bashar al Assad", "Bashar Assad"
        // When merged
        var assad = SeedStory.Entities.EntityWith("Bashar al-Assad");

        // Then one person holds all of them, named by the fullest clean form, across 000, 001 and 004
        Assert.Equal(EntityType.Person, assad.Type);
        Assert.Equal("Bashar al-Assad", assad.Name);
        Assert.Superset(new HashSet<string> { "Assad", "al-Assad", "Al-Assad", "Bashar al-Assad", "Bashar al Assad", "Bashar Assad" }, assad.Aliases.ToHashSet());
        Assert.Superset(new HashSet<string> { "000", "001", "004" }, assad.ArticleIds.ToHashSet());
        Assert.Single(SeedStory.Entities, e => e.Type == EntityType.Person && e.Aliases.Any(a => a.EndsWith("Assad", StringComparison.Ordinal)));
    }

    [Fact]
    public void Should_Merge_Walid_Al_Moallem_Across_Outlets()
    {
        // Given 002 ("Foreign Minister Walid al-Moallem", "Syrian Foreign Minister al-Moallem") and 003 ("Walid al- Moallem", "Mr. Al-Moallem")
        // When merged
        var moallem = SeedStory.Entities.EntityWith("Walid al-Moallem");

        // Then they are one person, named cleanly, with every surface form as an alias
        Assert.Equal(EntityType.Person, moallem.Type);
        Assert.Equal("Walid al-Moallem", moallem.Name);
        Assert.Superset(new HashSet<string> { "Walid al-Moallem", "al-Moallem", "Al-Moallem", "Walid al- Moallem" }, moallem.Aliases.ToHashSet());
        Assert.Superset(new HashSet<string> { "002", "003" }, moallem.ArticleIds.ToHashSet());
    }

    [Fact]
    public void Should_Resolve_The_Foreign_Minister_Roles_To_Al_Moallem()
    {
        // Given roles in 000 ("the Syrian minister of foreign affairs") and 001 ("the Syrian foreign minister"),
        // and the title 002 gives him ("Syrian Foreign Minister al-Moallem")
        // When merged
        var moallem = SeedStory.Entities.EntityWith("Walid al-Moallem");

        // Then both roles (and 002's own "The top Syrian diplomat") are his mentions
        Assert.Contains("the Syrian minister of foreign affairs", moallem.Aliases);
        Assert.Contains("the Syrian foreign minister", moallem.Aliases);
        Assert.Contains("The top Syrian diplomat", moallem.Aliases);
        Assert.Superset(new HashSet<string> { "000", "001", "002", "003" }, moallem.ArticleIds.ToHashSet());
        Assert.DoesNotContain(SeedStory.Entities, e => e.Mentions.All(m => m.IsRole));
    }

    [Fact]
    public void Should_Link_A_Bare_Role_To_The_Nearest_Fitting_Person_In_Its_Article()
    {
        // Given 002's "The Syrian minister made the remarks", a sentence after "the country's Foreign Minister Walid al-Moallem"
        // When merged
        var moallem = SeedStory.Entities.EntityWith("Walid al-Moallem");

        // Then the bare role joins the foreign minister, not his deputy mentioned later
        Assert.Contains("The Syrian minister", moallem.Aliases);
    }

    [Fact]
    public void Should_Resolve_A_Role_In_One_Article_By_A_Title_In_Another()
    {
        // Given a title before a name in one article, the bare office in a second, and another office in a third
        var a = SeedStory.Recognise("Russian Foreign Minister Sergei Lavrov met envoys in Geneva.", "a");
        var b = SeedStory.Recognise("The talks would go on, the Russian foreign minister said on Monday.", "b");
        var c = SeedStory.Recognise("Syrian Deputy Foreign Minister Faisal Mekdad welcomed the talks.", "c");
        var d = SeedStory.Recognise("The Turkish foreign minister said nothing.", "d");

        // When merged
        var entities = new EntityMerger().Merge([a, b, c, d]);

        // Then the role joins the holder of that office only; an office nobody holds stays a person of its own
        var lavrov = entities.EntityWith("Sergei Lavrov");
        Assert.Contains("the Russian foreign minister", lavrov.Aliases);
        Assert.Equal(["a", "b"], lavrov.ArticleIds.AsEnumerable());
        Assert.DoesNotContain(entities.EntityWith("Faisal Mekdad").Mentions, m => m.IsRole);
        var turkish = entities.EntityWith("The Turkish foreign minister");
        Assert.Equal(("Turkish foreign minister", EntityType.Person), (turkish.Name, turkish.Type));
    }

    [Fact]
    public void Should_Keep_The_Deputy_Apart_From_The_Minister()
    {
        // Given 002's "Syrian Deputy Foreign Minister Faisal Mekdad" next to the foreign minister
        // When merged
        var mekdad = SeedStory.Entities.EntityWith("Faisal Mekdad");

        // Then he is his own person, with his surname and no role of the minister's
        Assert.Equal("Faisal Mekdad", mekdad.Name);
        Assert.Contains("Mekdad", mekdad.Aliases);
        Assert.DoesNotContain(mekdad.Mentions, m => m.IsRole);
    }

    [Theory]
    [InlineData("Putin", "Vladimir Putin", EntityType.Person)]
    [InlineData("Obama", "Barack Obama", EntityType.Person)]
    [InlineData("US", "United States", EntityType.Location)]
    [InlineData("ISIS", "Islamic State", EntityType.Organization)]
    [InlineData("Observatory", "Syrian Observatory for Human Rights", EntityType.Organization)]
    public void Should_Merge_Short_Forms_Into_The_Full_Name(string shortForm, string name, EntityType type)
    {
        // Given seeds using both forms
        // When merged
        var entity = SeedStory.Entities.EntityWith(shortForm);

        // Then the short form belongs to the full name's entity, typed by the majority of its mentions
        Assert.Equal(name, entity.Name);
        Assert.Equal(type, entity.Type);
    }

    [Fact]
    public void Should_Keep_People_Sharing_A_Surname_Apart()
    {
        // Given two articles naming two Assads, one of them also by surname alone
        var a = SeedStory.Recognise("President Bashar al-Assad met envoys in Damascus. Assad said the talks went well.", "a");
        var b = SeedStory.Recognise("The late president Hafez al-Assad ruled Syria for three decades.", "b");

        // When merged
        var entities = new EntityMerger().Merge([a, b]);

        // Then the full names stay apart and the surname joins the Assad of its own article
        var bashar = entities.EntityWith("Bashar al-Assad");
        var hafez = entities.EntityWith("Hafez al-Assad");
        Assert.NotEqual(bashar.Id, hafez.Id);
        Assert.Contains("Assad", bashar.Aliases);
        Assert.DoesNotContain("Assad", hafez.Aliases);
    }

    [Fact]
    public void Should_Give_Stable_Ids_And_Order_By_Coverage()
    {
        // Given the seeds in two different orders
        var forward = SeedStory.Entities;
        var backward = new EntityMerger().Merge([.. SeedStory.All.Reverse()]);

        // When / Then ids are deterministic, unique, and entities are ordered by articles then mentions
        Assert.Equal(forward.Select(e => (e.Id, e.Name)).OrderBy(x => x.Id), backward.Select(e => (e.Id, e.Name)).OrderBy(x => x.Id));
        Assert.All(forward, e => Assert.Matches("^ent-[0-9a-f]{12}(-\\d+)?$", e.Id));
        Assert.Equal(forward.Length, forward.Select(e => e.Id).Distinct().Count());
        var keys = forward.Select(e => (e.ArticleIds.Length, e.Mentions.Length)).ToList();
        Assert.Equal(keys.OrderByDescending(k => k.Item1).ThenByDescending(k => k.Item2), keys);
        Assert.Equal(5, forward[0].ArticleIds.Length);
    }

    [Fact]
    public void Should_Return_Nothing_For_No_Mentions()
    {
        // Given articles without mentions
        var bare = Support.TestData.Annotated(Support.TestData.Article("nothing here."));

        // When / Then no entities
        Assert.Empty(new EntityMerger().Merge([bare]));
        Assert.Empty(new EntityMerger().Merge([bare with { Mentions = default }]));
        Assert.Empty(new EntityMerger().Merge([]));
    }
}
