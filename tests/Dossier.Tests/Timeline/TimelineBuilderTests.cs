using Dossier.Model;
using Dossier.Tests.Support;
using Dossier.Text;
using Dossier.Timeline;

namespace Dossier.Tests.Timeline;

public class TimelineBuilderTests
{
    private static AnnotatedArticle Annotated(string id, string source, DateValue published, string text)
    {
        var article = TestData.Article(text, id: id, published: published, source: source);
        var tokens = Tokenizer.Tokenize(article.Text);
        return new AnnotatedArticle(article, tokens, [], new TemporalTagger().Tag(article, tokens), []);
    }

    // Three outlets on the Syrian alliance: Thursday 2015-07-23 in all three, Wednesday in two, June in one.
    private static readonly AnnotatedArticle[] Story =
    [
        Annotated("a", "Reuters", new DateValue(2015, 7, 23),
            "Syrian Foreign Minister Walid al-Moallem said on Thursday that his country backs the Russian plan for a regional alliance against Islamic State.\n"
            + "On Wednesday, Deputy Foreign Minister Faisal Mekdad said Syria was ready to ally with any country against terrorism.\n"
            + "Last month, Putin said Syria must unite with its neighbours to fight the militants."),
        Annotated("b", "AP", new DateValue(2015, 7, 24),
            "Syria's foreign minister said on Thursday that Damascus supports the Russian proposal for a regional alliance against Islamic State.\n"
            + "The minister met the UN envoy Staffan de Mistura in Damascus on Thursday to discuss a political solution."),
        Annotated("c", "BBC", new DateValue(2015, 7, 25),
            "Walid al-Moallem said on Thursday Syria backs a Russian plan for a regional alliance against Islamic State militants.\n"
            + "Mekdad on Wednesday said Syria was ready to ally with any country fighting terrorism."),
    ];

    [Fact]
    public void Should_Rank_Dates_By_Evidence_And_Sort_Them_By_Date()
    {
        // Given the story
        // When only one date is allowed, and then two
        var one = new TimelineBuilder().Build(Story, maxDates: 1);
        var two = new TimelineBuilder().Build(Story, maxDates: 2);

        // Then the date all three outlets report wins, and the two best come out in date order
        Assert.Equal("2015-07-23", Assert.Single(one).Date.ToIso());
        Assert.Equal(["2015-07-22", "2015-07-23"], two.Select(e => e.Date.ToIso()));
    }

    [Fact]
    public void Should_Choose_Automatically_Dates_Several_Articles_Refer_To()
    {
        // Given the story
        // When
        var timeline = new TimelineBuilder().Build(Story);

        // Then June (one article, month level) lacks the evidence; the two days have it
        Assert.Equal(["2015-07-22", "2015-07-23"], timeline.Select(e => e.Date.ToIso()));
    }

    [Fact]
    public void Should_Keep_Month_Granularity_And_Cite_Similar_Sentences()
    {
        // Given the story
        // When
        var timeline = new TimelineBuilder().Build(Story, maxDates: 5);

        // Then
        var june = Assert.Single(timeline, e => e.Date.Granularity == DateGranularity.Month);
        Assert.Equal("2015-06", june.Date.ToIso());
        var thursday = timeline.Single(e => e.Date.ToIso() == "2015-07-23");
        Assert.Contains("Russian", thursday.Text, StringComparison.Ordinal);
        Assert.True(thursday.Sources.Select(s => s.ArticleId).Distinct().Count() >= 2, "the same report from other outlets is cited");
        Assert.Equal(timeline.OrderBy(e => e.Date.Start), timeline);
    }

    [Fact]
    public void Should_Not_Reuse_A_Sentence_Across_Dates()
    {
        // Given the story
        // When two sentences a date are asked for
        var timeline = new TimelineBuilder().Build(Story, maxDates: 5, sentencesPerDate: 2);

        // Then no sentence is cited under two dates, and each entry's text is made of its own sentences
        var refs = timeline.SelectMany(e => e.Sources).ToList();
        Assert.Equal(refs.Count, refs.Distinct().Count());
        Assert.Equal(timeline.Length, timeline.Select(e => e.Text).Distinct().Count());
        foreach (var e in timeline)
            Assert.StartsWith(Story.Single(a => a.Article.Id == e.Sources[0].ArticleId).Article.Sentences[e.Sources[0].Sentence].Text, e.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Prefer_A_Date_Several_Outlets_Report_Over_One_Outlet_Repeating_Itself()
    {
        // Given two Reuters pieces about Monday's vote, and an AP and a BBC piece about Tuesday's strike
        var wed = new DateValue(2015, 7, 22);
        AnnotatedArticle[] story =
        [
            Annotated("r1", "Reuters", wed, "Parliament voted on Monday to approve the budget after a long debate."),
            Annotated("r2", "Reuters", wed, "Lawmakers approved the budget on Monday in a vote along party lines."),
            Annotated("p1", "AP", wed, "Dock workers went on strike on Tuesday over the new budget cuts."),
            Annotated("b1", "BBC", wed, "Port workers walked out on Tuesday in protest against budget cuts."),
        ];

        // When
        var timeline = new TimelineBuilder().Build(story, maxDates: 1);

        // Then
        var entry = Assert.Single(timeline);
        Assert.Equal("2015-07-21", entry.Date.ToIso());
        Assert.Equal(["b1", "p1"], entry.Sources.Select(s => s.ArticleId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_Leave_Out_Dates_Whose_Year_Is_Unknown()
    {
        // Given an article without a publication date
        var article = TestData.Article("The video was released on August 19. Officials said on Monday it was real.", id: "x");
        var tokens = Tokenizer.Tokenize(article.Text);
        var annotated = new AnnotatedArticle(article, tokens, [], new TemporalTagger().Tag(article, tokens), []);

        // When
        var timeline = new TimelineBuilder().Build([annotated]);

        // Then
        Assert.Empty(timeline);
    }

    [Fact]
    public void Should_Prefer_Among_Equal_Evidence_The_Date_Articles_Still_Name_Days_Later()
    {
        // Given two days named alike on their own day, one of them named again by two later articles
        AnnotatedArticle[] story =
        [
            Annotated("a", "Reuters", new DateValue(2010, 4, 21), "Eleven workers were missing after the Deepwater Horizon rig exploded on April 20 in the Gulf of Mexico."),
            Annotated("b", "AP", new DateValue(2010, 5, 5), "BP engineers lowered a containment dome toward the leaking well on May 5 in the Gulf of Mexico."),
            Annotated("c", "BBC", new DateValue(2010, 5, 10), "Oil has leaked into the Gulf of Mexico since the Deepwater Horizon rig exploded on April 20."),
            Annotated("d", "Guardian", new DateValue(2010, 5, 12), "The Deepwater Horizon rig exploded on April 20, and the leak in the Gulf of Mexico goes on."),
            Annotated("e", "CNN", new DateValue(2010, 5, 6), "A containment dome was lowered toward the leaking well in the Gulf of Mexico on May 5."),
        ];

        // When one date is allowed
        var one = new TimelineBuilder().Build(story, maxDates: 1);

        // Then it is the day the story keeps looking back on
        Assert.Equal("2010-04-20", Assert.Single(one).Date.ToIso());
    }

    [Fact]
    public void Should_Tell_A_Date_From_The_Next_Days_Lead_When_Nothing_Names_It()
    {
        // Given a report published the day after a named date, whose lead names no date
        AnnotatedArticle[] story =
        [
            Annotated("a", "Reuters", new DateValue(2010, 6, 16), "Shares in London closed higher on June 15 after a quiet session for oil companies."),
            Annotated("b", "AP", new DateValue(2010, 6, 16), "BP agreed to put twenty billion dollars into an escrow fund for claims by Gulf fishermen."),
        ];

        // When the named date is told, with its own sentence already used elsewhere
        var entries = new TimelineBuilder().Build(story, maxDates: 2, sentencesPerDate: 2);

        // Then the next day's lead is among its candidates
        var june15 = Assert.Single(entries, e => e.Date.ToIso() == "2010-06-15");
        Assert.Contains("escrow fund", june15.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Not_Tell_Two_Versions_Of_One_Sentence_For_A_Date()
    {
        // Given two outlets with the same report of May 7 and a third with a different fact of that day
        AnnotatedArticle[] story =
        [
            Annotated("a", "Reuters", new DateValue(2010, 5, 8), "On May 7, BP lowered a containment dome over the leaking well in the Gulf of Mexico."),
            Annotated("b", "AP", new DateValue(2010, 5, 8), "BP lowered a huge containment dome over the leaking well in the Gulf of Mexico on May 7."),
            Annotated("c", "BBC", new DateValue(2010, 5, 9), "Hydrate crystals clogged the dome within hours on May 7, engineers said."),
        ];

        // When the date is told in two sentences
        var entry = Assert.Single(new TimelineBuilder().Build(story, maxDates: 1, sentencesPerDate: 2));

        // Then the second sentence is the other fact, and the copy is a further source
        Assert.Contains("Hydrate", entry.Text, StringComparison.Ordinal);
        Assert.Equal(2, entry.Told);
        Assert.Equal(3, entry.Sources.Length);
    }
}
