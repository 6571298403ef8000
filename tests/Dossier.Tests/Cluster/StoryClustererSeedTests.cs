using Dossier.Cluster;

namespace Dossier.Tests.Cluster;

public class StoryClustererSeedTests
{
    private static readonly StoryClusterer Clusterer = new();

    [Fact]
    public void Should_Put_Two_Rewrites_Of_One_Interview_In_One_Event()
    {
        // Given
        var articles = new[] { SeedArticles.Assad(), SeedArticles.S001() };

        // When
        var stories = Clusterer.Cluster(articles);

        // Then
        var story = Assert.Single(stories);
        var ev = Assert.Single(story.Events);
        Assert.Equal<string>(["s000", "s001"], ev.ArticleIds);
    }

    [Fact]
    public void Should_Keep_Earlier_Happenings_As_Own_Events_Of_One_Story()
    {
        // Given
        var articles = new[] { SeedArticles.Assad(), SeedArticles.S001(), SeedArticles.S002(), SeedArticles.S003() };

        // When
        var stories = Clusterer.Cluster(articles);

        // Then
        var story = Assert.Single(stories);
        Assert.Equal([["s000", "s001"], ["s002"], ["s003"]], story.Events.Select(e => e.ArticleIds.ToArray()));
    }

    [Fact]
    public void Should_Leave_Each_Teaser_Alone_Even_When_Dated_Like_The_Page()
    {
        // Given: the crawl dated every piece of 000 alike, so only content can tell them apart
        var articles = new[] { SeedArticles.Assad() }
            .Concat(SeedArticles.Teasers(SeedArticles.AssadInterview))
            .Concat([SeedArticles.S001(), SeedArticles.S002(), SeedArticles.S003()])
            .ToList();

        // When
        var stories = Clusterer.Cluster(articles);

        // Then
        Assert.Equal(5, stories.Length);
        Assert.Equal<string>(["s000", "s001", "s002", "s003"], stories[0].ArticleIds);
        foreach (var (teaser, i) in SeedArticles.TeaserIds.Select((t, i) => (t, i)))
            Assert.Equal<string>([teaser], Assert.Single(stories[i + 1].Events).ArticleIds);
    }

    [Fact]
    public void Should_Join_The_Astana_Talks_To_The_Syria_Story_As_A_New_Event()
    {
        // Given: Assad ready to negotiate in January 2017, same actors (Assad, Syria, Russia, Turkey, Islamic State)
        var articles = new[] { SeedArticles.Assad(), SeedArticles.S001(), SeedArticles.S002(), SeedArticles.S003(), SeedArticles.S004() };

        // When
        var stories = Clusterer.Cluster(articles);

        // Then
        var story = Assert.Single(stories);
        Assert.Equal(4, story.Events.Length);
        Assert.Equal<string>(["s004"], story.Events[^1].ArticleIds);
    }

    [Fact]
    public void Should_Keep_Teasers_Out_Of_The_Syria_Story_With_All_Seeds()
    {
        // Given
        var articles = new[] { SeedArticles.Assad() }.Concat(SeedArticles.Teasers())
            .Concat([SeedArticles.S001(), SeedArticles.S002(), SeedArticles.S003(), SeedArticles.S004()]).ToList();

        // When
        var stories = Clusterer.Cluster(articles);

        // Then
        Assert.Equal<string>(["s000", "s001", "s002", "s003", "s004"], stories[0].ArticleIds);
        Assert.All(stories.Skip(1), s => Assert.Single(s.ArticleIds));
        Assert.Equal(5, stories.Length);
    }

    [Fact]
    public void Should_Reach_The_Same_Story_When_No_Article_Is_Dated()
    {
        // Given
        var articles = SeedArticles.AllUndated();

        // When
        var stories = Clusterer.Cluster(articles);

        // Then: without dates only words separate happenings. The rewrite joins the interview; 003 (a year earlier) and
        // 004 (the Astana talks) stay events of their own. The foreign minister's remarks a month earlier (002) score 0.37
        // against the interview event, over the event threshold, and are told with it: only their date sets them apart.
        var events = stories[0].Events.Select(e => e.ArticleIds.ToArray()).ToList();
        Assert.Contains(events, e => e.Contains("s000") && e.Contains("s001"));
        Assert.Contains(["s003"], events);
        Assert.Contains(["s004"], events);
        Assert.Equal<string>(["s000", "s001", "s002", "s003", "s004"], stories[0].ArticleIds.Order(StringComparer.Ordinal));
        Assert.All(stories[0].Events, e => Assert.Null(e.Date));
        Assert.Equal(5, stories.Length);
        Assert.All(stories.Skip(1), s => Assert.Single(s.ArticleIds));
    }
}
