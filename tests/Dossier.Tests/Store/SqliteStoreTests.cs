using Dossier.Model;
using Dossier.Store;
using Dossier.Tests.Support;

namespace Dossier.Tests.Store;

public class SqliteStoreTests
{
    [Fact]
    public void Should_Store_An_Article_Once_And_Load_It_Back_Whole()
    {
        using var dir = new TempDir();
        var a = TestData.Article("Body one. Body two.", id: "abc") with { Removed = [new RemovedLine("Photo by: X", "photo-credit")], PageDates = [new DateValue(2022, 1, 29)], Truncated = true };
        using (var store = new SqliteStore(dir.File("d.db")))
        {
            Assert.Equal(1, store.AddArticles([a]));
            Assert.Equal(0, store.AddArticles([a]));
        }
        using var again = new SqliteStore(dir.File("d.db"));
        var back = again.LoadArticles().Single();
        Assert.Equal(a.Text, back.Text);
        Assert.Equal(a.Removed.ToArray(), back.Removed.ToArray());
        Assert.Equal("2022-01-29", back.PageDates.Single().ToIso());
        Assert.True(back.Truncated);
        Assert.Equal(2, back.Sentences.Length);
    }

    [Fact]
    public void Should_Store_All_Or_None_Of_A_Files_Articles()
    {
        // Given a batch whose second article cannot be stored (no text)
        using var dir = new TempDir();
        using var store = new SqliteStore(dir.File("d.db"));
        var good = TestData.Article("Good one.", id: "g");
        var bad = good with { Id = "b", Text = null! };

        // When the batch fails half way
        Assert.ThrowsAny<Exception>(() => store.AddArticles([good, bad]));

        // Then nothing of it is kept, and a retry adds it cleanly
        Assert.Equal(0, store.CountArticles());
        Assert.Equal(1, store.AddArticles([good]));
    }
}
