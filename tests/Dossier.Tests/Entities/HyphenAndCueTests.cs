using Dossier.Model;
using Dossier.Tests.Support;

namespace Dossier.Tests.Entities;

public class HyphenAndCueTests
{
    [Fact]
    public void Should_Take_The_Name_Out_Of_Hyphenated_Words()
    {
        // Given names fused with lower-case words by hyphens
        var a = SeedStory.Recognise("The Iranian-backed militia joined the anti-ISIS coalition near Britain-based monitors.", "h1");

        // When / Then only the capitalised part is the mention, with its own span
        Assert.Equal(["Iranian", "ISIS", "Britain"], a.Mentions.Select(m => m.Text));
        Assert.Equal([EntityType.Misc, EntityType.Organization, EntityType.Location], a.Mentions.Select(m => m.Type));
        Assert.All(a.Mentions, m => Assert.Equal(m.Text, m.Span.Of(a.Article.Text)));
    }

    [Fact]
    public void Should_Type_Unknown_Names_By_The_Words_Around_Them()
    {
        // Given unknown names after a person cue, an organisation cue, and before a reporting verb
        var a = SeedStory.Recognise("The ruling was praised by spokesman Xavo Lantern. Later the company Zentrix rose, and Kellow said more.", "h2");

        // When recognised
        var byText = a.Mentions.ToDictionary(m => m.Text);

        // Then each is typed by its cue
        Assert.Equal(EntityType.Person, byText["Xavo Lantern"].Type);
        Assert.Equal(EntityType.Organization, byText["Zentrix"].Type);
        Assert.Equal(EntityType.Person, byText["Kellow"].Type);
    }

    [Fact]
    public void Should_Retype_A_Surname_After_The_Full_Name_In_The_Article()
    {
        // Given a full name with a title and its surname alone later
        var a = SeedStory.Recognise("General Martin Dempsey spoke on Monday. Later, on Friday, officials quoted Dempsey at length.", "h3");

        // When recognised
        var dempsey = a.Mentions.Single(m => m.Text == "Dempsey");

        // Then the surname is a person too
        Assert.Equal(EntityType.Person, dempsey.Type);
        Assert.Equal("surname-in-article", dempsey.Rule);
    }

    [Fact]
    public void Should_Keep_A_Speaker_Opening_A_Sentence_But_Not_A_Plural_Noun()
    {
        // Given sentences opening with an unknown name and with common nouns, each before a reporting verb
        var a = SeedStory.Recognise("Zarif said the deal was done. Officials said nothing. Witnesses told reporters more.", "h4");

        // When recognised
        var mention = Assert.Single(a.Mentions);

        // Then only the name is a mention, a person by the verb after it
        Assert.Equal(("Zarif", EntityType.Person, "speech-verb"), (mention.Text, mention.Type, mention.Rule));
    }

    [Fact]
    public void Should_Not_Read_An_Indefinite_Role_As_An_Office_Holder()
    {
        // Given "a Syrian diplomat", somebody rather than the office holder
        var a = SeedStory.Recognise("Talks will resume, a Syrian diplomat said on Monday.", "h5");

        // When / Then there is no role, only the nationality
        Assert.DoesNotContain(a.Mentions, m => m.IsRole);
        Assert.Equal(["Syrian"], a.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void Should_Read_Only_Vouched_Names_In_A_Title_Case_Headline()
    {
        // Given 004's headline "Syria's Assad Ready to 'Negotiate Everything' with Rebels"
        var article = SeedStory.Get("004");
        var headline = article.Article.Sentences.Single(s => s.Text.StartsWith("Syria's Assad Ready", StringComparison.Ordinal));

        // When its mentions are listed
        var mentions = article.Mentions.Where(m => m.Sentence == headline.Index).Select(m => m.Text);

        // Then the capitalised common words are not names
        Assert.Equal(["Syria", "Assad"], mentions);
    }

    [Fact]
    public void Should_Read_Names_In_A_Results_Line_But_Not_Unvouched_Shouted_Words()
    {
        // Given a shouted headline, a results line in title case, and running text naming the county
        var a = SeedStory.Recognise(
            "KENT TAKE OVER AT TOP AFTER INNINGS VICTORY\nDionne Rose ( Jamaica ) 12.65\nThe side from Kent won easily, Peter Such said.",
            "h6");

        // When recognised
        var texts = a.Mentions.Select(m => m.Text).ToList();

        // Then the vouched county and both people are names; the shouted words are not
        Assert.Equal(["KENT", "Dionne Rose", "Jamaica", "Kent", "Peter Such"], texts);
    }

    [Fact]
    public void Should_Tokenize_The_Article_When_Given_No_Tokens()
    {
        // Given an article and no tokens
        var article = TestData.Article("Syrian President Bashar al-Assad spoke.");

        // When recognised
        var mentions = new Dossier.Entities.EntityRecognizer().Recognize(article, default);

        // Then the rules tokenised it themselves
        Assert.Equal(["Syrian", "Bashar al-Assad"], mentions.Select(m => m.Text));
    }

    [Fact]
    public void Should_Sit_Behind_A_Replaceable_Tagger()
    {
        // Given a recogniser over a stub tagger
        var article = TestData.Article("Anything at all.");
        var stub = new Mention("a1", 0, new TextSpan(0, 8), "Anything", EntityType.Misc, "stub");
        var recognizer = new Dossier.Entities.EntityRecognizer(new StubTagger([stub]));

        // When it recognises
        var mentions = recognizer.Recognize(article, []);

        // Then it returns what the tagger found
        Assert.Equal(stub, Assert.Single(mentions));
    }

    private sealed class StubTagger(System.Collections.Immutable.ImmutableArray<Mention> mentions) : Dossier.Entities.IMentionTagger
    {
        public System.Collections.Immutable.ImmutableArray<Mention> Tag(Article article, System.Collections.Immutable.ImmutableArray<Token> tokens) => mentions;
    }
}
