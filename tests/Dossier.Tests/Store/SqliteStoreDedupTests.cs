using Dossier.Model;
using Dossier.Store;
using Dossier.Tests.Support;

namespace Dossier.Tests.Store;

public class SqliteStoreDedupTests
{
    [Fact]
    public void Should_Keep_Band_Keys_And_Duplicates_And_Find_An_Indexed_Text()
    {
        using var dir = new TempDir();
        var a = TestData.Article("First report. It says things.", id: "a");
        var b = TestData.Article("First report. It says things again.", id: "b");
        using (var store = new SqliteStore(dir.File("d.db")))
        {
            store.AddArticles([a, b]);
            store.AddDedup([(0, "a", new[] { 1, -2 }, new[] { 7UL, ulong.MaxValue }), (1, "b", new[] { 3, 4 }, new[] { 8UL, 9UL })], [new NearDuplicate("b", "a", 0.8)]);
            Assert.Equal(("b", b.Text), store.IndexedArticle(1));
            Assert.Null(store.IndexedArticle(2));
        }
        using var again = new SqliteStore(dir.File("d.db"));
        Assert.Equal([(0, "a"), (1, "b")], again.LoadDedupIndex().Select(e => (e.Ordinal, e.ArticleId)));
        Assert.Equal([1, -2], again.LoadDedupIndex().First().Bands);
        Assert.Equal([7UL, ulong.MaxValue], again.LoadDedupIndex().First().Sketch);
        Assert.Equal(new NearDuplicate("b", "a", 0.8), again.LoadDuplicates("b").Single());
        Assert.Empty(again.LoadDuplicates("a"));
        Assert.Equal(1, again.CountDuplicates());
    }
}
