using Dossier.Model;

namespace Dossier.Tests.Entities;

public class EntityRecognizerTests
{
    [Theory]
    [InlineData("000", "Saudi Arabia", EntityType.Location)]
    [InlineData("000", "Russia", EntityType.Location)]
    [InlineData("000", "Turkey", EntityType.Location)]
    [InlineData("000", "Syria", EntityType.Location)]
    [InlineData("000", "Syrian", EntityType.Misc)]
    [InlineData("000", "Islamic State", EntityType.Organization)]
    [InlineData("000", "Hezbollah", EntityType.Organization)]
    [InlineData("000", "al-Manar TV", EntityType.Organization)]
    [InlineData("003", "Syrian Observatory for Human Rights", EntityType.Organization)]
    [InlineData("003", "U.S. Joint Chiefs of Staff", EntityType.Organization)]
    [InlineData("003", "White House", EntityType.Organization)]
    [InlineData("002", "Vladimir Putin", EntityType.Person)]
    [InlineData("002", "Putin", EntityType.Person)]
    [InlineData("002", "Mekdad", EntityType.Person)]
    [InlineData("001", "Reuters", EntityType.Organization)]
    public void Should_Type_Names_From_Gazetteers_Keywords_And_Titles(string seed, string text, EntityType expected)
    {
        // Given the recognised seed article
        // When its mentions of the name are looked up
        var mentions = SeedStory.MentionsOf(seed, text).ToList();

        // Then there are some, all of the expected type
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(expected, m.Type));
    }

    [Fact]
    public void Should_Keep_Titles_Out_Of_Person_Mentions()
    {
        // Given "Syrian President Bashar al-Assad said ..." (000) and "Syrian Deputy Foreign Minister Faisal Mekdad" (002)
        var assad = SeedStory.MentionsOf("000", "Bashar al-Assad").First();
        var mekdad = SeedStory.MentionsOf("002", "Faisal Mekdad").Single();

        // When / Then the person mention is the name alone, found by the title cue, with the nationality apart
        Assert.Equal(("Bashar al-Assad", EntityType.Person, "title"), (assad.Text, assad.Type, assad.Rule));
        Assert.Equal(EntityType.Person, mekdad.Type);
        Assert.Contains(SeedStory.Get("000").Mentions, m => m.Text == "Syrian" && m.Span.End < assad.Span.Start);
        Assert.DoesNotContain(SeedStory.All.SelectMany(a => a.Mentions), m => !m.IsRole && (m.Text.Contains("President") || m.Text.Contains("Minister") || m.Text.StartsWith("Mr.")));
    }

    [Fact]
    public void Should_Join_Names_Across_Particles_And_A_Stray_Hyphen()
    {
        // Given "Walid al- Moallem" (003) and "Bashar al Assad" (001)
        // When / Then each is one person mention
        Assert.Equal(EntityType.Person, SeedStory.MentionsOf("003", "Walid al- Moallem").Single().Type);
        Assert.All(SeedStory.MentionsOf("001", "Bashar al Assad"), m => Assert.Equal(EntityType.Person, m.Type));
        Assert.Equal(EntityType.Person, SeedStory.MentionsOf("002", "Staffan de Mistura").Single().Type);
    }

    [Theory]
    [InlineData("000", "the Syrian minister of foreign affairs")]
    [InlineData("001", "the Syrian foreign minister")]
    [InlineData("002", "The top Syrian diplomat")]
    [InlineData("002", "Syrian FM")]
    public void Should_Recognise_Roles_That_Stand_For_A_Person(string seed, string role)
    {
        // Given a seed that refers to the Syrian foreign minister by his office
        // When its mentions are recognised
        var mention = SeedStory.MentionsOf(seed, role).Single();

        // Then the office is a person role mention
        Assert.True(mention.IsRole);
        Assert.Equal(EntityType.Person, mention.Type);
        Assert.Equal("role", mention.Rule);
    }

    [Fact]
    public void Should_Not_Take_A_Title_Before_A_Name_For_A_Role()
    {
        // Given "Meanwhile, Syrian Foreign Minister al-Moallem on Thursday stressed ..." (002)
        // When / Then the name is a person and no role covers the title
        Assert.Equal(EntityType.Person, SeedStory.MentionsOf("002", "al-Moallem").Single().Type);
        Assert.DoesNotContain(SeedStory.Get("002").Mentions, m => m.IsRole && m.Text.Contains("Foreign Minister"));
    }

    [Fact]
    public void Should_Not_Make_Sentence_Openers_Or_Headline_Words_Entities()
    {
        // Given all seeds, with openers such as "The", "In", "However", "Diplomats", "Rebels" and a title-case headline
        string[] notNames = ["The", "In", "However", "Meanwhile", "Previous", "Diplomats", "Support", "Rebels", "Commandos", "Ready", "Little", "Amid", "Last"];

        // When every mention is split into words
        var words = SeedStory.All.SelectMany(a => a.Mentions).Where(m => !m.IsRole).SelectMany(m => m.Text.Split(' ')).ToHashSet();

        // Then none of the openers is part of a name
        Assert.Empty(words.Intersect(notNames));
    }

    [Fact]
    public void Should_Point_Every_Span_At_Its_Text_And_Sentence()
    {
        // Given all recognised seeds
        foreach (var a in SeedStory.All)
        {
            foreach (var m in a.Mentions)
            {
                // When / Then the span reads the mention's text inside the mention's sentence
                Assert.Equal(m.Text, m.Span.Of(a.Article.Text));
                Assert.Equal(a.Article.Id, m.ArticleId);
                var sentence = a.Article.Sentences[m.Sentence].Span;
                Assert.True(sentence.Start <= m.Span.Start && m.Span.End <= sentence.End, $"{m.Text} outside sentence {m.Sentence}");
            }
            Assert.Equal(a.Mentions.OrderBy(m => m.Span.Start), a.Mentions);
        }
    }
}
