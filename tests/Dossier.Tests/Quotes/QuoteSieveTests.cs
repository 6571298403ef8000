using System.Collections.Immutable;
using Dossier.Model;
using Dossier.Quotes;
using Dossier.Tests.Support;
using Dossier.Text;

namespace Dossier.Tests.Quotes;

/// <summary>One small text per sieve: the rule that fires, the speaker, the cue and the content.</summary>
public class QuoteSieveTests
{
    // the sieves alone: the learned tagger that overrides them in the pipeline has its own tests
    internal static (Article Article, ImmutableArray<Quote> Quotes) Run(string text, ImmutableArray<Mention> mentions = default)
    {
        var article = TestData.Article(text);
        return (article, new QuoteExtractor(useTagger: false).Extract(article, Tokenizer.Tokenize(article.Text), mentions.IsDefault ? [] : mentions));
    }

    [Theory]
    [InlineData("\"We will win,\" Jane Doe said.", "Jane Doe", "said")]
    [InlineData("\"We will win,\" said Jane Doe.", "Jane Doe", "said")]
    [InlineData("\"We will win,\" Jane Doe, head of the party, told reporters.", "Jane Doe", "told reporters")]
    [InlineData("\"We will win,\" Ms. Doe later said.", "Doe", "later said")]
    public void Should_Attribute_A_Cue_After_The_Closing_Mark(string text, string speaker, string cue)
    {
        // Given / When
        var (_, quotes) = Run(text);

        // Then
        var q = Assert.Single(quotes);
        Assert.Equal(("TrailingCue", true, speaker, cue, "We will win"), (q.Rule, q.Direct, q.Speaker, q.Cue, q.Text));
    }

    [Theory]
    [InlineData("Prime Minister John Smith said: \"The talks are over.\"")]
    [InlineData("Prime Minister John Smith said, \"The talks are over.\"")]
    [InlineData("Prime Minister John Smith said in a statement: \"The talks are over.\"")]
    public void Should_Attribute_A_Cue_Before_The_Opening_Mark(string text)
    {
        // Given / When
        var (_, quotes) = Run(text);

        // Then
        var q = Assert.Single(quotes);
        Assert.Equal(("LeadingCue", true, "John Smith", "The talks are over."), (q.Rule, q.Direct, q.Speaker, q.Text));
    }

    [Fact]
    public void Should_Give_An_Interrupted_Quote_One_Speaker()
    {
        // Given
        var text = "Mary Major met the envoy.\n\"The meetings aim to gauge the view,\" she said. \"It is too early to talk.\"";

        // When
        var (_, quotes) = Run(text);

        // Then
        Assert.Equal(2, quotes.Length);
        Assert.Equal(["TrailingCue", "Continuation"], quotes.Select(q => q.Rule));
        Assert.All(quotes, q => Assert.Equal("Mary Major", q.Speaker));
        Assert.Equal("It is too early to talk.", quotes[1].Text);
    }

    [Fact]
    public void Should_Carry_A_Quotation_Over_Paragraphs_Left_Open()
    {
        // Given: the first paragraph's quotation is attributed; the second is left open, so the third continues it
        var text = "\"We will fight on,\" Jane Doe said.\n\"The war is long and the cost is high.\n\"But we will win.\"";

        // When
        var (_, quotes) = Run(text);

        // Then
        Assert.Equal(3, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("Jane Doe", q.Speaker));
        Assert.Equal(["TrailingCue", "Continuation", "Continuation"], quotes.Select(q => q.Rule));
        Assert.Equal("The war is long and the cost is high.", quotes[1].Text);
    }

    [Fact]
    public void Should_Attribute_A_Quote_Whose_Sentence_Goes_On_Before_The_Cue()
    {
        // Given
        var text = "\"The resolution does not give a mandate to anyone\" to breach the sovereignty of any country, Mr. Walid Moallem said.";

        // When
        var (_, quotes) = Run(text);

        // Then
        var q = Assert.Single(quotes);
        Assert.Equal(("CueAfterQuote", "Walid Moallem", "The resolution does not give a mandate to anyone"), (q.Rule, q.Speaker, q.Text));
    }

    [Theory]
    // the complementiser and the adverbs welded to the verb belong to content and cue, as PolNeAR annotates them
    [InlineData("Foreign Minister Ann Lee said on Monday that the border would stay closed.", "said", "that ")]
    [InlineData("Foreign Minister Ann Lee told reporters the border would stay closed.", "told reporters", "")]
    [InlineData("Foreign Minister Ann Lee also stressed that the border would stay closed.", "also stressed", "that ")]
    [InlineData("Foreign Minister Ann Lee says the border would stay closed.", "says", "")]
    public void Should_Read_The_Reported_Clause_After_A_Cue(string text, string cue, string that)
    {
        // Given / When
        var (_, quotes) = Run(text);

        // Then
        var q = Assert.Single(quotes);
        Assert.Equal(("ReportedClause", false, "Ann Lee", cue, that + "the border would stay closed"), (q.Rule, q.Direct, q.Speaker, q.Cue, q.Text));
    }

    [Fact]
    public void Should_Read_The_Reported_Clause_Before_A_Closing_Cue()
    {
        // Given
        var text = "Most troops withdrew into the desert, the Observatory said.";

        // When
        var (_, quotes) = Run(text);

        // Then
        var q = Assert.Single(quotes);
        Assert.Equal(("ClauseThenCue", false, "Observatory", "Most troops withdrew into the desert"), (q.Rule, q.Direct, q.Speaker, q.Text));
    }

    [Fact]
    public void Should_Give_A_Participle_The_Speaker_Of_Its_Clause()
    {
        // Given
        var text = "Earlier on Wednesday, Deputy Minister Faisal Mekdad commented on the plan, saying his country is ready to join.";

        // When
        var (_, quotes) = Run(text);

        // Then
        var q = Assert.Single(quotes);
        Assert.Equal(("Participle", "Faisal Mekdad", "saying", "his country is ready to join"), (q.Rule, q.Speaker, q.Cue, q.Text));
    }

    [Fact]
    public void Should_Read_According_To()
    {
        // Given
        var text = "Assad could be forced from office, according to the BBC.";

        // When
        var (_, quotes) = Run(text);

        // Then
        var q = Assert.Single(quotes);
        Assert.Equal(("AccordingTo", "BBC", "according to", "Assad could be forced from office"), (q.Rule, q.Speaker, q.Cue, q.Text));
    }

    [Fact]
    public void Should_Make_A_Long_Embedded_Quote_Direct_But_Leave_Scare_Quotes_In_The_Reported_Clause()
    {
        // Given
        var text = "President Bashar al-Assad said the plan was fine, though it made no sense \"that states which stood with terrorism would fight it.\" He said it needs \"a miracle.\"";

        // When
        var (_, quotes) = Run(text);

        // Then
        var embedded = Assert.Single(quotes, q => q.Direct);
        Assert.Equal(("EmbeddedInReport", "Bashar al-Assad"), (embedded.Rule, embedded.Speaker));
        Assert.StartsWith("that states which stood", embedded.Text);
        var scare = Assert.Single(quotes, q => q.Text.Contains("a miracle", StringComparison.Ordinal));
        Assert.False(scare.Direct);
        Assert.Equal("Bashar al-Assad", scare.Speaker);
    }

    [Fact]
    public void Should_Keep_A_Clause_That_Opens_With_A_Scare_Quote_Indirect()
    {
        // Given
        var text = "President Bashar Assad said \"terrorists\" had destroyed the city.";

        // When
        var (_, quotes) = Run(text);

        // Then
        var q = Assert.Single(quotes);
        Assert.Equal((false, "Bashar Assad", "\"terrorists\" had destroyed the city"), (q.Direct, q.Speaker, q.Text));
    }

    [Fact]
    public void Should_Resolve_He_To_The_Previous_Speaker_Not_The_Last_Name()
    {
        // Given
        var text = "Mr. Earnest said Mr. Obama would not hesitate. The department is planning for options, he said.";

        // When
        var (_, quotes) = Run(text);

        // Then
        Assert.Equal(2, quotes.Length);
        Assert.Equal("Earnest", quotes[1].Speaker);
    }

    [Fact]
    public void Should_Not_Resolve_She_To_A_Man()
    {
        // Given
        var text = "Ms. Jane Roe met Mr. John Smith. Mr. Smith said the talks failed. The talks will resume, she said.";

        // When
        var (_, quotes) = Run(text);

        // Then
        Assert.Equal(["John Smith", "Jane Roe"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Should_Complete_A_Partial_Name_And_Resolve_A_Role()
    {
        // Given
        var text = "Syrian Foreign Minister Walid al-Moallem met the envoy. The minister said the war must end. Later, al-Moallem said talks would resume.";

        // When
        var (article, quotes) = Run(text);

        // Then
        Assert.Equal(2, quotes.Length);
        Assert.Equal(("the minister", "Walid al-Moallem"), (quotes[0].SpeakerSpan!.Value.Of(article.Text).ToLowerInvariant(), quotes[0].Speaker));
        Assert.Equal(("al-Moallem", "Walid al-Moallem"), (quotes[1].SpeakerSpan!.Value.Of(article.Text), quotes[1].Speaker));
    }

    [Fact]
    public void Should_Use_Person_Mentions_To_Name_A_Speaker()
    {
        // Given: the recogniser knows "Rami Abdel Rahman" is a person, though no title says so
        var text = "Rami Abdel Rahman runs the monitor. The base has fallen, Abdel Rahman said.";
        var span = new TextSpan(0, "Rami Abdel Rahman".Length);
        var mention = new Mention("a1", 0, span, "Rami Abdel Rahman", EntityType.Person, "test");

        // When
        var (_, quotes) = Run(text, [mention]);

        // Then
        var q = Assert.Single(quotes);
        Assert.Equal("Rami Abdel Rahman", q.Speaker);
    }

    [Fact]
    public void Should_Pair_Double_Apostrophes_As_Quotation_Marks()
    {
        // Given: newspaper-archive style, and ``…'' once normalised
        var text = "''There's a lot of new complexity,'' said Mr. Burman. ``It would be better,'' he added.";

        // When
        var (_, quotes) = Run(text);

        // Then
        Assert.Equal(2, quotes.Length);
        Assert.Equal(("There's a lot of new complexity", "Burman"), (quotes[0].Text, quotes[0].Speaker));
        Assert.Equal(("It would be better", "Burman"), (quotes[1].Text, quotes[1].Speaker));
    }

    [Fact]
    public void Should_Read_A_Cue_Set_Off_By_Commas()
    {
        // Given
        var text = "Acts of protest, Mr. Obama said, are acts of patriotism.";

        // When
        var (_, quotes) = Run(text);

        // Then
        Assert.Equal(
            [("ParentheticalCue", "Obama", "Acts of protest"), ("ParentheticalCue", "Obama", "are acts of patriotism")],
            quotes.Select(q => (q.Rule, q.Speaker, q.Text)));
    }

    [Theory]
    [InlineData("The state's campaign chairman, Phil Lovas, said he cannot comment on the letter.", "Phil Lovas")]
    [InlineData("Rep. Gwen Moore (D-Wis.) said the remark was a dog whistle.", "Gwen Moore")]
    [InlineData("Donald J. Trump said the remark was a dog whistle.", "Donald J. Trump")]
    [InlineData("The announcer said the remark was a dog whistle.", "The announcer")]
    public void Should_Find_The_Speaker_Through_Appositions_Tags_And_Initials(string text, string speaker)
    {
        // Given / When
        var (_, quotes) = Run(text);

        // Then
        var q = Assert.Single(quotes);
        Assert.Equal(speaker, q.Speaker);
    }

    [Fact]
    public void Should_Resolve_A_Role_Mention_To_The_Titled_Person_Named_Before()
    {
        // Given: the recogniser marks "President Bashar al-Assad" as a person and "the Syrian leader" as a role
        var text = "President Bashar al-Assad spoke on television. The Syrian leader said the war would end soon.";
        var person = new Mention("a1", 0, new TextSpan(0, 25), "President Bashar al-Assad", EntityType.Person, "test");
        var roleStart = text.IndexOf("The Syrian leader", StringComparison.Ordinal);
        var role = new Mention("a1", 1, new TextSpan(roleStart, roleStart + 17), "The Syrian leader", EntityType.Person, "test") { IsRole = true };

        // When
        var (_, quotes) = Run(text, [person, role]);

        // Then
        var q = Assert.Single(quotes);
        Assert.Equal(("Bashar al-Assad", "the war would end soon"), (q.Speaker, q.Text));
    }

    [Fact]
    public void Should_Keep_A_Reported_Clause_Within_Its_Paragraph_Despite_A_Stray_Mark()
    {
        // Given: the quotation is never closed, so its mark is a stray one
        var text = "Assad said the rebels were \"criminals. They must go and the war will end\nNext paragraph.";

        // When
        var (article, quotes) = Run(text);

        // Then
        var q = Assert.Single(quotes, q => !q.Direct);
        Assert.Equal("Assad", q.Speaker);
        Assert.True(q.ContentSpan.End <= article.Text.IndexOf('\n', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("China claims Taiwan as part of its territory.")]
    [InlineData("Contrary to Mekdad's claims, Washington backs the rebels.")]
    [InlineData("He made the \"right\" call, and the \"team\" agreed.")]
    [InlineData("")]
    public void Should_Not_Invent_Attributions(string text)
    {
        // Given / When
        var (_, quotes) = Run(text);

        // Then
        Assert.Empty(quotes);
    }
}
