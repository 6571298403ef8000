using Dossier.Dedup;
using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Tests.Support;

namespace Dossier.Tests.Dedup;

public class DuplicateIndexTests
{
    private const string Report = """
        Syrian President Bashar al-Assad said on Sunday that his army was suffering from a shortage of manpower and had been forced to give up some areas.
        Speaking to officials in Damascus, he said the army had to choose which areas to defend so that others would not fall.
        He said that the fight against terrorism required the support of every Syrian and that the state would not abandon any region.
        Assad also accused countries that support the rebels of backing terrorism while claiming to fight it.
        The speech was his first public address in more than a year.
        """;

    private const string Unrelated = """
        The central bank kept interest rates unchanged on Thursday, citing slowing growth in the eurozone and weak demand from China.
        Economists had expected the decision, which leaves the main rate at its lowest level since the bank was founded.
        The governor said the bank stood ready to act if inflation fell further.
        """;

    private static string Rewrite(string text) => text.Replace("said on Sunday", "stated on Sunday").Replace("The speech was his first public address in more than a year.", "It was his first speech since last year.");

    [Fact]
    public void Should_Find_A_Light_Rewrite_With_Its_Exact_Similarity_And_Not_An_Unrelated_Article()
    {
        var index = new DuplicateIndex();
        var texts = new List<string>();
        foreach (var t in new[] { Report, Unrelated })
        {
            index.Add(index.Fingerprint(t));
            texts.Add(t);
        }
        var print = index.Fingerprint(Rewrite(Report));
        var match = Assert.Single(index.Find(print, o => texts[o]));
        Assert.Equal(0, match.Ordinal);
        Assert.True(match.Exact);
        Assert.Equal(WordShingles.Jaccard(print.Shingles, WordShingles.Of(Report, 4, index.Options.Seed)), match.Similarity);
        Assert.InRange(match.Similarity, 0.6, 0.95);
    }

    [Fact]
    public void Should_Estimate_From_The_Sketch_When_The_Text_Is_Not_At_Hand()
    {
        var index = new DuplicateIndex();
        index.Add(index.Fingerprint(Report));
        var match = Assert.Single(index.Find(index.Fingerprint(Report), _ => null));
        Assert.False(match.Exact);
        Assert.Equal(1.0, match.Similarity);
    }

    [Fact]
    public void Should_Answer_The_Same_When_Rebuilt_From_Stored_Band_Keys_And_Sketches()
    {
        var index = new DuplicateIndex();
        var prints = new[] { Report, Unrelated }.Select(index.Fingerprint).ToList();
        foreach (var p in prints) index.Add(p);
        var rebuilt = new DuplicateIndex();
        foreach (var p in prints) rebuilt.Add(p.BandKeys, p.Sketch);
        var query = index.Fingerprint(Rewrite(Report));
        Assert.Equal(index.Find(query, _ => null), rebuilt.Find(query, _ => null));
        Assert.Single(rebuilt.Find(query, _ => null));
    }

    [Fact]
    public void Should_Pair_A_Copy_With_Its_Original_Only()
    {
        var original = TestData.Article(Report, id: "orig");
        var copy = TestData.Article("DAMASCUS (Reuters) - " + Report + "\n(Reporting by the Beirut newsroom.)", id: "copy");
        var other = TestData.Article(Unrelated, id: "bank");
        var found = NearDuplicateFinder.Find([original, other, copy]);
        var d = Assert.Single(found);
        Assert.Equal(("copy", "orig"), (d.ArticleId, d.OfId));
        Assert.InRange(d.Similarity, 0.7, 1.0);
    }

    [Fact]
    public void Should_List_A_Storys_Copies_So_They_Are_Not_Counted_As_Further_Reports()
    {
        // Given one report and its wire copy on another outlet
        var original = TestData.Article(Report, id: "orig", source: "SANA");
        var copy = TestData.Article("DAMASCUS (Reuters) - " + Report, id: "copy", source: "Daily Star");
        var pipeline = new DossierPipeline();

        // When stories are built
        var stories = pipeline.BuildStories([pipeline.Annotate(original), pipeline.Annotate(copy)]);

        // Then the story holding both records the copy
        var story = Assert.Single(stories, s => s.ArticleIds.Contains("copy"));
        Assert.Contains(story.Duplicates, d => d.ArticleId == "copy" && d.OfId == "orig");
        var json = Dossier.Output.StoriesJson.WriteStory(story, new Dictionary<string, Article> { ["orig"] = original, ["copy"] = copy });
        Assert.Contains("\"duplicates\"", json);
    }
}
