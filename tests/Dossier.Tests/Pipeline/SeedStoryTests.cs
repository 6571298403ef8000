using Dossier.Ingest;
using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Tests.Support;

namespace Dossier.Tests.Pipeline;

/// <summary>The expectations on the five seeds, through the whole pipeline.</summary>
public class SeedStoryTests
{
    private static readonly Lazy<(IReadOnlyList<Article> Articles, IReadOnlyList<Story> Stories)> Run = new(() =>
    {
        var pipeline = new DossierPipeline();
        var articles = FileDiscovery.Expand([TestData.SeedsDir]).Files
            .SelectMany(f => pipeline.ReadFile(f).Articles)
            .ToList();
        var stories = pipeline.BuildStories([.. articles.Select(a => pipeline.Annotate(a))]);
        return (articles, stories);
    });

    private static Article Seed(string prefix) => Run.Value.Articles.First(a => Path.GetFileName(a.Path).StartsWith(prefix, StringComparison.Ordinal) && a.FragmentOf is null);

    private static IReadOnlyList<Article> Teasers => [.. Run.Value.Articles.Where(a => a.FragmentOf is not null)];

    private static Story StoryOf(Article a) => Run.Value.Stories.Single(s => s.ArticleIds.Contains(a.Id));

    private static Event EventOf(Article a) => StoryOf(a).Events.Single(e => e.ArticleIds.Contains(a.Id));

    [Fact]
    public void Should_Put_000_And_001_In_One_Event_And_002_003_In_Events_Of_Their_Own()
    {
        Assert.Same(EventOf(Seed("000")), EventOf(Seed("001")));
        Assert.NotSame(EventOf(Seed("000")), EventOf(Seed("002")));
        Assert.NotSame(EventOf(Seed("000")), EventOf(Seed("003")));
        Assert.NotSame(EventOf(Seed("002")), EventOf(Seed("003")));
    }

    [Fact]
    public void Should_Tell_The_Syria_Articles_As_One_Story_Without_The_Teasers()
    {
        var story = StoryOf(Seed("000"));
        foreach (var p in new[] { "001", "002", "003" }) Assert.Contains(Seed(p).Id, story.ArticleIds);
        Assert.Equal(4, Teasers.Count);
        Assert.All(Teasers, t => Assert.DoesNotContain(t.Id, story.ArticleIds));
    }

    [Fact]
    public void Should_Attribute_We_Have_No_Objection_To_Assad_In_000_And_001()
    {
        var story = StoryOf(Seed("000"));
        foreach (var p in new[] { "000", "001" })
        {
            var q = story.Quotes.Single(q => q.ArticleId == Seed(p).Id && q.Direct && q.Text.StartsWith("We have no objection.", StringComparison.Ordinal));
            Assert.Contains("Assad", q.Speaker);
            Assert.NotNull(q.SpeakerEntityId);
        }
    }

    [Fact]
    public void Should_Give_Every_Story_Quote_A_Speaker_And_Keep_Sourceless_Readings_With_Their_Article()
    {
        // 002's "…, which | are accused of | supporting …" is an attribution with no source, as PolNeAR marks passives
        var sourceless = Run.Value.Articles.SelectMany(a => new DossierPipeline().Annotate(a).Quotes).Where(q => q.SpeakerSpan is null).ToList();
        Assert.NotEmpty(sourceless);
        Assert.All(Run.Value.Stories.SelectMany(s => s.Quotes), q => Assert.NotNull(q.SpeakerSpan));
    }

    [Fact]
    public void Should_Merge_Assad_And_Al_Moallem_Across_Outlets()
    {
        var story = StoryOf(Seed("000"));
        var assad = story.Entities.Single(e => e.Aliases.Contains("al-Assad"));
        Assert.Equal(EntityType.Person, assad.Type);
        foreach (var alias in new[] { "Assad", "Bashar al Assad", "Bashar Assad" }) Assert.Contains(alias, assad.Aliases);

        var moallem = story.Entities.Single(e => e.Name == "Walid al-Moallem");
        Assert.Contains(Seed("002").Id, moallem.ArticleIds);
        Assert.Contains(Seed("003").Id, moallem.ArticleIds);
        Assert.Contains(moallem.Aliases, a => a.Equals("al-Moallem", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Should_Place_Dates_Of_002_On_The_Story_Timeline()
    {
        var timeline = StoryOf(Seed("002")).Timeline;
        Assert.Contains(timeline, t => t.Date.ToIso() == "2015-07-22" && t.Sources.Any(s => s.ArticleId == Seed("002").Id));
        Assert.Equal(timeline.OrderBy(t => t.Date.Start).Select(t => t.Date), timeline.Select(t => t.Date));
    }

    [Fact]
    public void Should_Summarise_With_Every_Sentence_Traced_To_Its_Articles()
    {
        var story = StoryOf(Seed("000"));
        Assert.NotEmpty(story.Summary);
        var byId = Run.Value.Articles.ToDictionary(a => a.Id);
        foreach (var s in story.Summary)
        {
            Assert.Equal(s.Text, s.Origin.Span.Of(byId[s.Origin.ArticleId].Text));
            Assert.Contains(s.Origin.ArticleId, story.ArticleIds);
        }
        Assert.Contains(story.Summary, s => s.Support.Prepend(s.Origin).Select(r => r.ArticleId).Distinct().Count() >= 2);
    }

    [Fact]
    public void Should_Summarise_Every_Event_Of_A_Story()
    {
        var story = StoryOf(Seed("000"));
        Assert.All(story.Events, e => Assert.Contains(story.Summary, s => e.ArticleIds.Contains(s.Origin.ArticleId)));
    }

    [Fact]
    public void Should_Keep_Seed_004_As_Its_Own_Event_Of_The_Syria_Story()
    {
        Assert.Same(StoryOf(Seed("000")), StoryOf(Seed("004")));
        Assert.Equal(new[] { Seed("004").Id }, EventOf(Seed("004")).ArticleIds.ToArray());
    }
}
