using System.Collections.Immutable;
using Dossier.Eval.QuoteEval;
using Dossier.Model;
using Dossier.Quotes;
using Dossier.Quotes.Learned;
using Dossier.Tests.Support;
using Dossier.Text;

namespace Dossier.Tests.Quotes;

/// <summary>The learned cue and role taggers: the embedded model, how the pipeline combines it with the sieves, training.</summary>
public class QuoteTaggerTests
{
    private static ImmutableArray<Quote> Run(string text, bool useTagger = true) => QuoteRun.Of(text, useTagger);

    [Fact]
    public void Should_Carry_The_Trained_Model_In_The_Assembly()
    {
        // Given / When
        var models = QuoteModels.Default;

        // Then
        Assert.NotNull(models);
        Assert.Equal(3, models.Cues.Labels);
        Assert.Equal(QuoteTagger.RoleLabels, models.Roles.Labels);
        Assert.Equal((1, 1), (models.Starts.Labels, models.Ends.Labels));
    }

    [Theory]
    // the hearer is neither cue nor content
    [InlineData("Mr. Obama told his advisers to figure out how to cut emissions without Congress.", "told", "to figure out how to cut emissions without Congress")]
    // a relative clause about the last words is the writer's, not the speaker's (the sieve's clause ran on to the full stop)
    [InlineData("The company said it would increase oversight of the centers, which critics have demanded for years.", "said", "it would increase oversight of the centers")]
    [InlineData("The agency said it was taking steps to vet applicants; the commission said it would increase oversight as well.", "said", "it was taking steps to vet applicants")]
    public void Should_Place_The_Content_Edges_The_Rankers_Learnt(string text, string cue, string content)
    {
        // Given / When
        var quotes = Run(text);

        // Then
        Assert.Equal(content, quotes.First(q => q.Cue == cue).Text);
    }

    [Theory]
    [InlineData("Obama praised the agreement as a historic step.", "Obama", "praised", "the agreement as a historic step")]
    [InlineData("The senator argued that the plan would raise taxes for the middle class.", "The senator", "argued", "that the plan would raise taxes for the middle class")]
    public void Should_Read_Source_Cue_And_Content_Of_Reported_Speech(string text, string source, string cue, string content)
    {
        // Given / When
        var q = Assert.Single(Run(text));

        // Then
        Assert.Equal(source, q.SpeakerSpan!.Value.Of(text));
        Assert.Equal(cue, q.Cue);
        Assert.Equal(content, q.Text);
    }

    [Theory]
    // a participle or a time phrase between the source and its cue is not part of the source
    [InlineData("Caddell, speaking of Clinton's health issue, said the polls were very close.", "Caddell")]
    [InlineData("Democratic nominee Hillary Clinton, at a later press gaggle, said she had not seen the report.", "Democratic nominee Hillary Clinton")]
    // a dash standing apart is punctuation, not a name broken at a hyphen ("al- Moallem")
    [InlineData("The count was slow - she said the result was fair.", "she")]
    // an apposition between the source and its cue is the source's; a leading connective is not
    [InlineData("Donald Trump, her Republican opponent, bemoaned the unrest in Charlotte.", "Donald Trump, her Republican opponent")]
    // an adverb between the source and its cue is not the source's
    [InlineData("World leaders and diplomats almost universally condemned the attack on the convoy.", "World leaders and diplomats")]
    [InlineData("The state incorrectly claimed that the records had been destroyed.", "The state")]
    public void Should_Keep_The_Source_To_Its_Phrase(string text, string source)
    {
        // Given / When
        var q = Assert.Single(Run(text));

        // Then
        Assert.Equal(source, q.SpeakerSpan!.Value.Of(text));
    }

    [Fact]
    public void Should_Give_A_Participle_Cue_The_Speaker_Of_Its_Main_Clause()
    {
        // Given
        const string text = "Senator Warren criticized the bank on Tuesday, saying its executives had failed the workers.";

        // When
        var quotes = Run(text);

        // Then
        var saying = Assert.Single(quotes, q => q.Cue == "saying");
        Assert.Equal("Senator Warren", saying.SpeakerSpan!.Value.Of(text));
    }

    [Theory]
    [InlineData("The peacekeepers have been blamed for introducing cholera to Haiti.", "have been blamed", "The peacekeepers")]
    [InlineData("The governor was accused of hiding the report from the legislature for months.", "was accused", "The governor")]
    public void Should_Read_The_Subject_Of_A_Passive_Cue_As_What_Is_Reported(string text, string cue, string subject)
    {
        // Given / When
        var quotes = Run(text).Where(q => q.Cue.StartsWith(cue, StringComparison.Ordinal)).ToList();

        // Then: no one is named as the source; the subject is the content's first part
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Null(q.SpeakerSpan));
        Assert.Contains(quotes, q => q.Text == subject);
    }

    [Fact]
    public void Should_Keep_The_Subject_Of_A_Feeling_As_The_Source()
    {
        // Given: "are worried" is a passive form, but of a feeling: PolNeAR keeps its subject as the source
        const string text = "Many Democrats are worried that turnout among young voters will be low.";

        // When
        var worried = Assert.Single(Run(text), q => q.Cue == "are worried");

        // Then
        Assert.NotNull(worried.SpeakerSpan);
        Assert.Contains("Democrats", worried.SpeakerSpan!.Value.Of(text), StringComparison.Ordinal);
        Assert.Equal("that turnout among young voters will be low", worried.Text);
    }

    [Fact]
    public void Should_Open_A_Cue_With_The_Contracted_Auxiliary_Before_It()
    {
        // Given
        const string text = "It's denouncing what it calls the single biggest tax loophole.";

        // When
        var q = Assert.Single(Run(text), q => q.Cue.EndsWith("denouncing", StringComparison.Ordinal));

        // Then: "'s" is the auxiliary of "denouncing", as PolNeAR marks it
        Assert.Equal("'s denouncing", q.Cue);
    }

    [Fact]
    public void Should_Open_A_Cue_With_The_Adverb_Before_It_And_Still_Read_It_As_A_Participle()
    {
        // Given
        const string text = "The GOP nominee complained about his mic the morning after the debate, even suggesting he may have been sabotaged.";

        // When
        var q = Assert.Single(Run(text), q => q.Cue.EndsWith("suggesting", StringComparison.Ordinal));

        // Then: PolNeAR's cue takes the adverb in; the participle after the comma still reports the main clause's speaker
        Assert.Equal("even suggesting", q.Cue);
        Assert.Equal("The GOP nominee", q.SpeakerSpan!.Value.Of(text));
        Assert.Equal("he may have been sabotaged", q.Text);
    }

    [Fact]
    public void Should_Keep_The_Subject_As_The_Source_When_A_That_Clause_Follows_A_Passive_Cue()
    {
        // Given: "were incensed that …" reports the subject's view, as "said that …" would
        const string text = "Republicans were also incensed that the immunity deals did not require witnesses to cooperate with Congress.";

        // When
        var q = Assert.Single(Run(text), q => q.Cue.EndsWith("incensed", StringComparison.Ordinal));

        // Then
        Assert.Equal("Republicans", q.SpeakerSpan!.Value.Of(text));
        Assert.StartsWith("that the immunity deals", q.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Keep_A_Lone_Participle_Cue_Without_A_Source()
    {
        // Given: no one in the sentence says it; PolNeAR still marks the attribution
        const string text = "Protesters filled the square on Saturday, chanting that the election was stolen.";

        // When
        var chanting = Assert.Single(Run(text), q => q.Cue == "chanting");

        // Then
        Assert.Null(chanting.SpeakerSpan);
        Assert.Equal("that the election was stolen", chanting.Text);
    }

    [Fact]
    public void Should_Not_Take_A_Frame_Before_The_Speaker_For_Content_When_The_Content_Follows_The_Cue()
    {
        // Given: the clause-then-cue rule reads "Through a spokesman" as what was said
        const string text = "Through a spokesman, the senator declined to comment on the report.";

        // When
        var declined = Assert.Single(Run(text), q => q.Cue == "declined");

        // Then
        Assert.Equal("the senator", declined.SpeakerSpan!.Value.Of(text));
        Assert.Equal("to comment on the report", declined.Text);
    }

    [Fact]
    public void Should_Continue_A_Quotation_The_Tagger_Attributed()
    {
        // Given: "reads" is no cue the sieves know, so the continuation hangs on the tagger's attribution
        const string text = "\u201CFrom Seattle to Houston, we see charter schools offering parents hope,\u201D the letter reads. \u201COur support for charter schools is not abstract.\u201D";

        // When
        var quotes = Run(text);

        // Then: both quotations are the letter's, with one cue
        var reads = OneAttributionInTwoParts(quotes, "reads");
        Assert.Contains(reads, q => q.Text.StartsWith("Our support", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Give_A_Lone_Quotation_After_A_Report_To_Its_Speaker()
    {
        // Given: an indirect report, then a quotation that is a sentence of its own with no cue, in the same paragraph
        const string text = "Mr. Rubio said the plan would fail. \u201CWe cannot afford another four years of this.\u201D";

        // When
        var quotes = Run(text);

        // Then: the quotation goes on with the report's attribution, as its second part
        var said = OneAttributionInTwoParts(quotes, "said");
        Assert.Contains(said, q => q.Direct && q.Text.StartsWith("We cannot afford", StringComparison.Ordinal));
    }

    /// <summary>The two quotes with <paramref name="cue"/>, asserted to be the two parts of one attribution (one cue, one source).</summary>
    private static List<Quote> OneAttributionInTwoParts(IEnumerable<Quote> quotes, string cue)
    {
        var parts = quotes.Where(q => q.Cue == cue).ToList();
        Assert.Equal(2, parts.Count);
        Assert.Single(parts.Select(q => (q.CueSpan, q.SpeakerSpan)).Distinct());
        return parts;
    }

    [Fact]
    public void Should_Leave_A_Quotation_In_Another_Paragraph_Or_With_Words_Before_It_Alone()
    {
        // Given: the quotation opens a new paragraph in one text, and follows words of its own sentence in the other
        const string apart = "Mr. Rubio said the plan would fail.\n\n\u201CWe cannot afford another four years of this.\u201D";
        const string framed = "Mr. Rubio said the plan would fail. Critics call it \u201Canother four years of this.\u201D";

        // When, Then: only the report is attributed
        Assert.All(new[] { apart, framed }, text => Assert.DoesNotContain(Run(text), q => q.Direct && q.Cue == "said"));
    }

    [Fact]
    public void Should_Find_Attributions_The_Sieves_Miss()
    {
        // Given: "declined to comment on" is no reporting verb the sieves know, but PolNeAR annotates such cues
        const string text = "The campaign declined to comment on the allegations.";

        // When
        var rules = Run(text, useTagger: false);
        var q = Assert.Single(Run(text));

        // Then
        Assert.Empty(rules);
        Assert.Equal("Tagger", q.Rule);
        Assert.Equal("The campaign", q.SpeakerSpan!.Value.Of(text));
        Assert.Equal("declined", q.Cue);
        Assert.Equal("to comment on the allegations", q.Text);
    }

    [Fact]
    public void Should_Not_Nest_An_Attribution_Inside_Reported_Content()
    {
        // Given
        const string text = "Voters in Ohio believe the economy is getting worse, a new poll shows.";

        // When
        var quotes = Run(text);

        // Then: the poll's finding is found, and no cue lies inside another attribution's content (PolNeAR never
        // puts one there): "believe" is either the voters' own cue or part of what the poll shows
        Assert.Contains(quotes, q => q.Cue == "shows");
        Assert.DoesNotContain(quotes, q => quotes.Any(o => o.CueSpan != q.CueSpan && o.ContentSpan.Start <= q.CueSpan.Start && q.CueSpan.End <= o.ContentSpan.End));
    }

    [Fact]
    public void Should_Keep_A_Whole_Quotation_Direct_And_Inside_Its_Marks()
    {
        // Given
        const string text = "\"We have no objection to that,\" Assad said on Monday.";

        // When
        var q = Assert.Single(Run(text));

        // Then
        Assert.True(q.Direct);
        Assert.Equal("We have no objection to that", q.Text);
        Assert.Equal("Assad", q.Speaker);
    }

    [Theory]
    [InlineData("WALLACE: Let us start with breaking news on the debate story tonight.", "WALLACE", ":", "Let us start with breaking news on the debate story tonight.")]
    [InlineData("Pat Caddell: Democrat Voters Worried About Hillary Clinton's Health", "Pat Caddell", ":", "Democrat Voters Worried About Hillary Clinton's Health")]
    // the text normaliser writes the horizontal bar as an em dash
    [InlineData("\u201CI am so ashamed to be an American.\u201D\u2015 Jacklyn Ashley", "Jacklyn Ashley", "\u2014", "I am so ashamed to be an American.")]
    public void Should_Read_Lines_A_Speaker_Owns(string text, string speaker, string cue, string content)
    {
        // Given / When
        var q = Assert.Single(Run(text), q => q.Rule == "SpeakerLine");

        // Then
        Assert.Equal(speaker, q.SpeakerSpan!.Value.Of(text));
        Assert.Equal(cue, q.Cue);
        Assert.Equal(content, q.Text);
    }

    [Theory]
    [InlineData("Update: The story has been corrected.")]
    [InlineData("5:45 p.m. The candidate arrived late.")]
    [InlineData("The Latest: Trump urges supporters to monitor polling places")]
    public void Should_Not_Take_Labels_Or_Times_For_Speaker_Lines(string text)
    {
        // Given / When / Then
        Assert.DoesNotContain(Run(text), q => q.Rule == "SpeakerLine");
    }

    [Fact]
    public void Should_Not_Take_A_Headline_Kicker_For_A_Speaker()
    {
        // Given: a teaser opened by a kicker in capitals (seed 000), and a transcript whose speaker comes up again
        const string kicker = "DITCH TACTICS: Kenyan officers were on their way to rescue Haitian police stuck in a ditch, the mission said in a statement.";
        const string transcript = "JAKE TAPPER: Donald Trump released a video on Friday. He spoke about the shootings.\nTapper then turned to the governor.";

        // When
        var fromKicker = Run(kicker);
        var fromTranscript = Run(transcript);

        // Then
        Assert.DoesNotContain(fromKicker, q => q.Rule == "SpeakerLine");
        Assert.Contains(fromKicker, q => q.Speaker == "the mission");
        var line = Assert.Single(fromTranscript, q => q.Rule == "SpeakerLine");
        Assert.Equal("JAKE TAPPER", line.SpeakerSpan!.Value.Of(transcript));
    }

    [Theory]
    // a teaser the crawler cut off mid-sentence (seed 000), alone and with the next piece glued on below it
    [InlineData("A fire spread to several homes. Disaster management officials said shutting the")]
    [InlineData("A fire spread to several homes. Disaster management officials said shutting the\nUS Vice President J.D. Vance on Friday visited Greenland.")]
    public void Should_Drop_Reported_Content_Cut_Off_Mid_Phrase(string text)
    {
        // Given / When / Then
        Assert.DoesNotContain(Run(text), q => q.Text.StartsWith("shutting", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Disaster management officials said the road would stay shut", "the road would stay shut")]
    [InlineData("Disaster management officials said the gas supply to the district of", "the gas supply to the district of")]
    public void Should_Keep_Reported_Content_That_Says_Something(string text, string content)
    {
        // Given / When / Then: a headline without a full stop, and a cut-off content long enough to tell
        Assert.Contains(Run(text), q => q.Text == content);
    }

    [Fact]
    public void Should_Not_Leave_A_Lone_Article_As_The_Source()
    {
        // Given: seed 000's sentence, where the tagger reads "comments echo" as the cue
        const string text = "The comments echo previous remarks by the Syrian minister of foreign affairs, who has said such an alliance would need a miracle.";

        // When
        var quotes = Run(text);

        // Then
        Assert.All(quotes, q => Assert.NotEqual("The", q.SpeakerSpan?.Of(text)));
    }

    [Fact]
    public void Should_Leave_A_Sentence_Adverb_Out_Of_The_Source()
    {
        // Given: a sentence of seed 002
        const string text = "Syrian activists meanwhile reported what appeared to be a U.S.-led special forces raid on militants in eastern Syria.";

        // When
        var q = Assert.Single(Run(text));

        // Then
        Assert.Equal("Syrian activists", q.SpeakerSpan!.Value.Of(text));
    }

    [Fact]
    public void Should_Learn_Cues_And_Roles_From_A_Polnear_Split()
    {
        // Given: a two-article split in PolNeAR's layout (brat offsets count code points)
        using var dir = TwoArticleSplit();
        var model = dir.File("quotes.bin");

        // When
        QuoteTrainer.Train(dir.File("train"), model, epochs: 4, prune: 0f);
        QuoteModels loaded;
        using (var file = File.OpenRead(model)) loaded = QuoteModels.Load(file);
        var article = TestData.Article("The minister said the school would close in June.");
        var c = QuoteContext.Create(article, Tokenizer.Tokenize(article.Text), []);
        var found = new QuoteTagger(loaded).Tag(c);

        // Then
        var t = Assert.Single(found);
        Assert.Equal("said", c[t.CueFirst].Text);
        Assert.NotNull(t.Source);
        Assert.Equal("minister", c[t.Source.Value.Last].Text);
        Assert.Equal("the", c[t.Content.Single().First].Text);
    }

    /// <summary>A two-article PolNeAR split under train/ (text/ and attributions/, brat offsets in code points).</summary>
    private static TempDir TwoArticleSplit()
    {
        var dir = new TempDir();
        const string a = "The mayor said the bridge would reopen in May. Officials said the budget was tight.\n";
        const string b = "The governor said the roads would be repaired soon. Critics said the plan was late.\n";
        dir.Write("train/text/a.txt", a);
        dir.Write("train/text/b.txt", b);
        dir.Write("train/attributions/a_ann1.ann", Ann(a, ("The mayor", "said", "the bridge would reopen in May"), ("Officials", "said", "the budget was tight")));
        dir.Write("train/attributions/b_ann1.ann", Ann(b, ("The governor", "said", "the roads would be repaired soon"), ("Critics", "said", "the plan was late")));
        return dir;
    }

    [Fact]
    public void Should_Train_The_Same_Bytes_From_The_Same_Seed()
    {
        // Given: the two-article split again
        using var dir = TwoArticleSplit();

        // When: trained twice with one seed, once with another
        QuoteTrainer.Train(dir.File("train"), dir.File("one.bin"), epochs: 2, prune: 0f, seed: 7);
        QuoteTrainer.Train(dir.File("train"), dir.File("again.bin"), epochs: 2, prune: 0f, seed: 7);
        QuoteTrainer.Train(dir.File("train"), dir.File("other.bin"), epochs: 2, prune: 0f, seed: 8);

        // Then: the seed decides the article order, so one seed gives one model and loads
        Assert.Equal(File.ReadAllBytes(dir.File("one.bin")), File.ReadAllBytes(dir.File("again.bin")));
        using var file = File.OpenRead(dir.File("other.bin"));
        Assert.NotNull(QuoteModels.Load(file).Cues);
    }

    [Fact]
    public void Should_Map_A_Raw_Span_Onto_The_Normalised_Text()
    {
        // Given: normalisation changes characters, not where they sit
        var mapped = MappedText.Create("He said \u201Cyes\u201D today.");
        var raw = new TextSpan(8, 13);

        // When
        var text = mapped.FromRaw(raw);

        // Then
        Assert.Equal(raw, mapped.ToRaw(text));
    }

    private static string Ann(string text, params (string Source, string Cue, string Content)[] attributions)
    {
        var lines = new List<string>();
        var t = 0;
        var from = 0;
        for (var e = 0; e < attributions.Length; e++)
        {
            var (source, cue, content) = attributions[e];
            var s = text.IndexOf(source, from, StringComparison.Ordinal);
            var k = text.IndexOf(cue, s + source.Length, StringComparison.Ordinal);
            var n = text.IndexOf(content, k + cue.Length, StringComparison.Ordinal);
            from = n + content.Length;
            lines.Add($"T{++t}\tSource {s} {s + source.Length}\t{source}");
            lines.Add($"T{++t}\tCue {k} {k + cue.Length}\t{cue}");
            lines.Add($"T{++t}\tContent {n} {n + content.Length}\t{content}");
            lines.Add($"T{++t}\tAttribution {k} {k + cue.Length}\t{cue}");
            lines.Add($"E{e + 1}\tAttribution:T{t} Content:T{t - 1} Cue:T{t - 2} Source:T{t - 3}");
        }
        return string.Join("\n", lines) + "\n";
    }
}
