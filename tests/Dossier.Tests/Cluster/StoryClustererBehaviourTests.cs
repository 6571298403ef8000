using Dossier.Cluster;
using Dossier.Model;
using Dossier.Tests.Support;

namespace Dossier.Tests.Cluster;

public class StoryClustererBehaviourTests
{
    private static readonly StoryClusterer Clusterer = new();

    [Fact]
    public void Should_Return_Nothing_For_No_Articles()
    {
        // Given
        AnnotatedArticle[] articles = [];

        // When
        var stories = Clusterer.Cluster(articles);

        // Then
        Assert.Empty(stories);
    }

    [Fact]
    public void Should_Number_Events_And_Stories_In_First_Seen_Order_And_Repeat_Itself()
    {
        // Given
        var articles = new[] { SeedArticles.S002() }.Concat(SeedArticles.Teasers()).Append(SeedArticles.S003()).ToList();

        // When
        var first = Clusterer.Cluster(articles);
        var second = new StoryClusterer().Cluster(articles);

        // Then
        Assert.Equal<string>(["s1", "s2", "s3", "s4", "s5"], first.Select(s => s.Id));
        Assert.Equal<string>(["e1", "e6"], first[0].Events.Select(e => e.Id));
        Assert.Equal<string>(["e2"], first[1].Events.Select(e => e.Id));
        Assert.Equal(Describe(first), Describe(second));
    }

    [Fact]
    public void Should_Date_An_Event_By_Its_Earliest_Article_And_Title_It_By_A_Member()
    {
        // Given: the rewrite comes first but was published a day later
        var articles = new[] { SeedArticles.S001(), SeedArticles.Assad() };

        // When
        var ev = Assert.Single(Assert.Single(Clusterer.Cluster(articles)).Events);

        // Then
        Assert.Equal(SeedArticles.AssadInterview, ev.Date);
        Assert.Contains(ev.Title, new[] { "Little hope for Syrian regime to join anti-ISIS coalition", "Syrian President Bashar al-Assad said he was open to the idea of a coalition..." });
    }

    [Fact]
    public void Should_Leave_Date_Null_And_Title_From_First_Sentence_When_Unknown()
    {
        // Given
        var a = TestData.Annotated(TestData.Article("Follow us\nA burst gas pipe set fire to homes near Kuala Lumpur on Tuesday, injuring more than 100 people in the blaze.", id: "x"));

        // When
        var ev = Assert.Single(Assert.Single(Clusterer.Cluster([a])).Events);

        // Then
        Assert.Null(ev.Date);
        Assert.Equal("A burst gas pipe set fire to homes near Kuala Lumpur on Tuesday, injuring...", ev.Title);
    }

    [Fact]
    public void Should_Split_The_Same_Words_Published_Months_Apart_Into_Two_Events_Of_One_Story()
    {
        // Given
        var text = TestData.SeedText("001");
        var early = TestData.Annotated(TestData.Article(text, id: "early", published: new DateValue(2015, 8, 26)));
        var late = TestData.Annotated(TestData.Article(text + "\nA later note.", id: "late", published: new DateValue(2015, 11)));

        // When
        var stories = Clusterer.Cluster([early, late]);

        // Then
        var story = Assert.Single(stories);
        Assert.Equal(2, story.Events.Length);
    }

    [Fact]
    public void Should_Match_Names_From_Mentions_When_The_Recogniser_Gave_Them()
    {
        // Given: two short notes whose only common ground is who they name, by mention
        var a = WithMentions(TestData.Article("the leader met envoys in the capital to talk about a truce.", id: "a"), "Bashar al-Assad", "Staffan de Mistura");
        var b = WithMentions(TestData.Article("talks on a truce went on with envoys, the leader said.", id: "b"), "Assad", "de Mistura");
        var c = TestData.Annotated(TestData.Article("flooding closed roads across the region after heavy rain.", id: "c"));

        // When
        var stories = Clusterer.Cluster([a, b, c]);

        // Then
        Assert.Equal<string>(["a", "b"], stories[0].ArticleIds);
        Assert.Equal<string>(["c"], stories[1].ArticleIds);
    }

    [Fact]
    public void Should_Treat_An_Impossible_Publication_Date_As_Unknown()
    {
        // Given: an earlier stage produced February 30
        var a = TestData.Annotated(TestData.Article(TestData.SeedText("001"), id: "x", published: new DateValue(2015, 2, 30)));

        // When
        var ev = Assert.Single(Assert.Single(Clusterer.Cluster([a])).Events);

        // Then
        Assert.Null(ev.Date);
    }

    private static AnnotatedArticle WithMentions(Article a, params string[] names) =>
        TestData.Annotated(a) with
        {
            Mentions = [.. names.Select(n => new Mention(a.Id, 0, new TextSpan(0, 0), n, EntityType.Person, "test"))],
        };

    private static string Describe(IEnumerable<StoryCluster> stories) =>
        string.Join("|", stories.Select(s => s.Id + ":" + s.Title + ":" + string.Join(";", s.Events.Select(e => $"{e.Id},{e.Title},{e.Date},{string.Join(",", e.ArticleIds)}"))));
}
