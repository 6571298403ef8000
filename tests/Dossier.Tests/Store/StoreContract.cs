using Dossier.Model;
using Dossier.Store;
using Dossier.Tests.Support;

namespace Dossier.Tests.Store;

/// <summary>
/// What every <see cref="IArticleStore"/> must do, checked the same way on SQLite and on PostgreSQL: each store's
/// tests call these with a way to open a fresh store of their kind (and to open it again, read-only).
/// </summary>
internal static class StoreContract
{
    public static void StoresAnArticleOnceAndLoadsItBackWhole(Func<IArticleStore> open)
    {
        var a = TestData.Article("Body one. Body two.", id: "abc") with
        {
            Removed = [new RemovedLine("Photo by: X", "photo-credit")],
            PageDates = [new DateValue(2022, 1, 29)],
            Truncated = true,
            Url = "https://example.org/a",
            Provenance = [new Provenance("clean", "source:sign-off")],
        };
        using (var store = open())
        {
            Assert.Equal(1, store.AddArticles([a]));
            Assert.Equal(0, store.AddArticles([a]));
        }
        using var again = open();
        var back = again.LoadArticles().Single();
        Assert.Equal(a.Text, back.Text);
        Assert.Equal(a.Removed.ToArray(), back.Removed.ToArray());
        Assert.Equal(a.Provenance.ToArray(), back.Provenance.ToArray());
        Assert.Equal("2022-01-29", back.PageDates.Single().ToIso());
        Assert.Equal(a.Url, back.Url);
        Assert.True(back.Truncated);
        Assert.Equal(2, back.Sentences.Length);
        Assert.True(again.HasArticle("abc"));
        Assert.False(again.HasArticle("nope"));
        Assert.Equal("abc", again.LoadArticleHeaders().Single().Id);
        Assert.Null(again.LoadArticle("nope"));
    }

    public static void StoresAllOrNoneOfAFilesArticles(Func<IArticleStore> open)
    {
        // Given a batch whose second article cannot be stored (no text)
        using var store = open();
        var good = TestData.Article("Good one.", id: "g");
        var bad = good with { Id = "b", Text = null! };

        // When the batch fails half way
        Assert.ThrowsAny<Exception>(() => store.AddArticles([good, bad]));

        // Then nothing of it is kept, and a retry adds it cleanly
        Assert.Equal(0, store.CountArticles());
        Assert.Equal(1, store.AddArticles([good]));
    }

    /// <summary>Three files, one of them a copy of an article of another under a later name.</summary>
    private static IReadOnlyList<Article[]> Files() =>
    [
        [Art("b1", "b.txt", "Second file, first piece."), Art("shared", "b.txt", "A text two files hold.", title: "as in b")],
        [Art("a1", "a.txt", "First file."), Art("shared", "a.txt", "A text two files hold.", title: "as in a"), Art("a3", "a.txt", "First file, last.")],
        [Art("c1", "c.txt", "Third file.")],
    ];

    private static Article Art(string id, string path, string text, string? title = null) => TestData.Article(text, id: id, title: title) with { Path = path };

    public static void KeepsOneOrderAndOneCopyWhateverTheIngestOrder(Func<IArticleStore> openFirst, Func<IArticleStore> openSecond)
    {
        var files = Files();
        using var forward = openFirst();
        foreach (var f in files) forward.AddArticles(f);
        using var backward = openSecond();
        foreach (var f in files.Reverse()) backward.AddArticles(f.Reverse().ToArray());

        // Path order, then each article's place in its file (the reversed store was told the files reversed, so its ordinals differ)
        Assert.Equal(["a1", "shared", "a3", "b1", "c1"], forward.LoadArticles().Select(a => a.Id));
        Assert.Equal(["a3", "shared", "a1", "b1", "c1"], backward.LoadArticles().Select(a => a.Id));
        // The shared text is kept once, as the first file in path order has it, whichever file came first
        foreach (var store in new[] { forward, backward })
        {
            Assert.Equal(5, store.CountArticles());
            var shared = store.LoadArticle("shared")!;
            Assert.Equal(("a.txt", "as in a"), (shared.Path, shared.Title));
            Assert.Equal(store.LoadArticles().Select(a => a.Id), store.LoadArticleHeaders().Select(h => h.Id));
        }
    }

    public static void ReplacesStoriesWholeAndKeepsTheirOrder(Func<IArticleStore> open)
    {
        using var store = open();
        store.SaveStories([("s2", "Two", "{\"id\":\"s2\"}"), ("s1", "One", "{\"id\":\"s1\"}")]);
        Assert.Equal(["s2", "s1"], store.LoadStories().Select(s => s.Id));
        store.SaveStories([("s1", "One again", "{\"id\":\"s1\",\"v\":2}")]);
        Assert.Equal(("s1", "One again"), store.LoadStories().Select(s => (s.Id, s.Title)).Single());
        Assert.Equal("{\"id\":\"s1\",\"v\":2}", store.LoadStoryJson("s1"));
        Assert.Null(store.LoadStoryJson("s2"));
    }

    public static void RefusesWritesWhenReadOnly(Func<IArticleStore> open, Func<IArticleStore> openReadOnly)
    {
        using (var store = open()) store.AddArticles([TestData.Article("Kept.", id: "k")]);
        using var reader = openReadOnly();
        Assert.Equal("k", reader.LoadArticles().Single().Id);
        Assert.ThrowsAny<Exception>(() => reader.AddArticles([TestData.Article("Not kept.", id: "n")]));
        Assert.ThrowsAny<Exception>(() => reader.SaveStories([("s1", "No", "{}")]));
        Assert.Equal(1, reader.CountArticles());
    }

    /// <summary>While one holder has the analysis lock, another (its own connection) waits until it is released.</summary>
    public static void LetsOneAnalysisRunAtATime(Func<IArticleStore> open)
    {
        using var first = open();
        using var second = open();
        var firstLock = first.LockAnalysis();
        var gotIt = new ManualResetEventSlim();
        var waiter = Task.Run(() =>
        {
            using (second.LockAnalysis()) gotIt.Set();
        });
        Assert.False(gotIt.Wait(TimeSpan.FromMilliseconds(300)));
        firstLock.Dispose();
        Assert.True(gotIt.Wait(TimeSpan.FromSeconds(30)));
        waiter.Wait();
    }
}
