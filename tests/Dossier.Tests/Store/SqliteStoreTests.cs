using Dossier.Store;
using Dossier.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Dossier.Tests.Store;

public class SqliteStoreTests
{
    [Fact]
    public void Should_Store_An_Article_Once_And_Load_It_Back_Whole()
    {
        using var dir = new TempDir();
        StoreContract.StoresAnArticleOnceAndLoadsItBackWhole(() => ArticleStores.Open(dir.File("d.db")));
    }

    [Fact]
    public void Should_Store_All_Or_None_Of_A_Files_Articles()
    {
        using var dir = new TempDir();
        StoreContract.StoresAllOrNoneOfAFilesArticles(() => ArticleStores.Open(dir.File("d.db")));
    }

    [Fact]
    public void Should_Keep_One_Order_And_One_Copy_Whatever_The_Ingest_Order()
    {
        using var dir = new TempDir();
        StoreContract.KeepsOneOrderAndOneCopyWhateverTheIngestOrder(() => ArticleStores.Open(dir.File("one.db")), () => ArticleStores.Open(dir.File("two.db")));
    }

    [Fact]
    public void Should_Replace_Stories_Whole_And_Keep_Their_Order()
    {
        using var dir = new TempDir();
        StoreContract.ReplacesStoriesWholeAndKeepsTheirOrder(() => ArticleStores.Open(dir.File("d.db")));
    }

    [Fact]
    public void Should_Refuse_Writes_When_Opened_Read_Only()
    {
        using var dir = new TempDir();
        StoreContract.RefusesWritesWhenReadOnly(() => ArticleStores.Open(dir.File("d.db")), () => ArticleStores.OpenReadOnly(dir.File("d.db")));
        Assert.Throws<FileNotFoundException>(() => ArticleStores.OpenReadOnly(dir.File("none.db")));
    }

    [Fact]
    public void Should_Let_One_Analysis_Run_At_A_Time()
    {
        using var dir = new TempDir();
        StoreContract.LetsOneAnalysisRunAtATime(() => ArticleStores.Open(dir.File("d.db")));
    }

    [Fact]
    public void Should_Open_A_Store_Made_Before_Articles_Kept_Their_Place()
    {
        // Given a store with the old articles table (no ordinal column)
        using var dir = new TempDir();
        using (var old = new SqliteConnection($"Data Source={dir.File("old.db")};Pooling=False"))
        {
            old.Open();
            using var cmd = old.CreateCommand();
            cmd.CommandText = """
                CREATE TABLE articles (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, path TEXT NOT NULL, format TEXT NOT NULL, source TEXT, title TEXT,
                    published TEXT, text TEXT NOT NULL, url TEXT, byline TEXT, page_dates TEXT NOT NULL, fragment_of TEXT, truncated INTEGER NOT NULL,
                    removed TEXT NOT NULL, provenance TEXT NOT NULL);
                INSERT INTO articles VALUES ('x2', 1, 'x.txt', 'Text', NULL, NULL, NULL, 'Second.', NULL, NULL, '[]', NULL, 0, '[]', '[]');
                INSERT INTO articles VALUES ('x1', 2, 'x.txt', 'Text', NULL, NULL, NULL, 'Third.', NULL, NULL, '[]', NULL, 0, '[]', '[]');
                CREATE TABLE stories (id TEXT PRIMARY KEY, title TEXT NOT NULL, json TEXT NOT NULL);
                """;
            cmd.ExecuteNonQuery();
        }

        // When it is opened and added to
        using var store = ArticleStores.Open(dir.File("old.db"));
        store.AddArticles([TestData.Article("First.", id: "a1") with { Path = "a.txt" }]);

        // Then the old rows keep their arrival order within their file, after the new file in path order
        Assert.Equal(["a1", "x2", "x1"], store.LoadArticles().Select(a => a.Id));
    }
}
