using Dossier.Cluster;
using Dossier.Model;
using Dossier.Tests.Support;

namespace Dossier.Tests.Cluster;

public class ClusterStreamTests
{
    [Fact]
    public void Should_Place_Each_Article_As_It_Arrives_And_Agree_With_The_Batch_Call()
    {
        // Given
        var articles = new[] { SeedArticles.Assad() }.Concat(SeedArticles.Teasers()).Concat([SeedArticles.S001(), SeedArticles.S002()]).ToList();
        var stream = new ClusterStream();

        // When
        var placements = articles.Select(stream.Add).ToList();

        // Then: the rewrite joins the interview's event as it arrives; every teaser starts its own event and story
        Assert.Equal(new Placement(1, 1), placements[0]);
        Assert.Equal(new Placement(5, 5), placements[4]);
        Assert.Equal(placements[0], placements[5]);
        Assert.Equal(5, placements.Take(5).Select(p => p.Event).Distinct().Count());
        Assert.NotEqual(placements[0].Event, placements[6].Event);
        Assert.Equal(Describe(new StoryClusterer().Cluster(articles)), Describe(stream.Stories()));
    }

    [Fact]
    public void Should_Not_Change_An_Earlier_Articles_Event_When_Later_Ones_Arrive()
    {
        // Given
        var stream = new ClusterStream();
        var first = stream.Add(SeedArticles.Assad());
        var firstStories = stream.Stories();

        // When
        stream.Add(SeedArticles.S002());
        stream.Add(SeedArticles.S001());

        // Then: still event e1, now with the rewrite beside it
        Assert.Equal(1, first.Event);
        Assert.Equal<string>(["s000"], firstStories[0].Events[0].ArticleIds);
        Assert.Equal<string>(["s000", "s001"], stream.Stories()[0].Events.Single(e => e.Id == "e1").ArticleIds);
    }

    [Fact]
    public void Should_Weigh_Words_Rare_In_The_Background_Above_Common_Ones()
    {
        // Given: two notes that share only a common word, two that share only a rare name
        var common = new[] { Note("a", "officials said on Monday the plan would go ahead"), Note("b", "police said the road would reopen") };
        var rare = new[] { Note("c", "Klitschko trains in the mountains"), Note("d", "a fight for Klitschko in the spring") };

        // When
        var commonStories = new StoryClusterer().Cluster(common);
        var rareStories = new StoryClusterer().Cluster(rare);

        // Then
        Assert.Equal(2, commonStories.SelectMany(s => s.Events).Count());
        Assert.Single(rareStories.SelectMany(s => s.Events));
    }

    private static AnnotatedArticle Note(string id, string text) => TestData.Annotated(TestData.Article(text, id: id));

    private static string Describe(IEnumerable<StoryCluster> stories) =>
        string.Join("|", stories.Select(s => s.Id + ":" + string.Join(";", s.Events.Select(e => $"{e.Id},{string.Join(",", e.ArticleIds)}"))));
}
