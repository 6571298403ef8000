using Dossier.Store;

namespace Dossier.Tests.Store;

/// <summary>The store contract on a real PostgreSQL server, each test in a database of its own.</summary>
[Collection("Postgres")]
public class PostgresStoreTests(PostgresServer server)
{
    [PostgresFact]
    public void Should_Store_An_Article_Once_And_Load_It_Back_Whole()
    {
        var db = server.NewDatabase();
        StoreContract.StoresAnArticleOnceAndLoadsItBackWhole(() => ArticleStores.Open(db));
    }

    [PostgresFact]
    public void Should_Store_All_Or_None_Of_A_Files_Articles()
    {
        var db = server.NewDatabase();
        StoreContract.StoresAllOrNoneOfAFilesArticles(() => ArticleStores.Open(db));
    }

    [PostgresFact]
    public void Should_Keep_One_Order_And_One_Copy_Whatever_The_Ingest_Order()
    {
        var (one, two) = (server.NewDatabase(), server.NewDatabase());
        StoreContract.KeepsOneOrderAndOneCopyWhateverTheIngestOrder(() => ArticleStores.Open(one), () => ArticleStores.Open(two));
    }

    [PostgresFact]
    public void Should_Replace_Stories_Whole_And_Keep_Their_Order()
    {
        var db = server.NewDatabase();
        StoreContract.ReplacesStoriesWholeAndKeepsTheirOrder(() => ArticleStores.Open(db));
    }

    [PostgresFact]
    public void Should_Refuse_Writes_When_Opened_Read_Only()
    {
        var db = server.NewDatabase();
        // A database without Dossier's tables is no store to read
        Assert.Throws<FileNotFoundException>(() => ArticleStores.OpenReadOnly(db));
        StoreContract.RefusesWritesWhenReadOnly(() => ArticleStores.Open(db), () => ArticleStores.OpenReadOnly(db));
    }

    [PostgresFact]
    public void Should_Let_One_Analysis_Run_At_A_Time()
    {
        var db = server.NewDatabase();
        StoreContract.LetsOneAnalysisRunAtATime(() => ArticleStores.Open(db));
    }

    [PostgresFact]
    public void Should_Keep_A_Text_With_A_Nul_Character_Without_It()
    {
        var db = server.NewDatabase();
        using var store = ArticleStores.Open(db);
        store.AddArticles([Support.TestData.Article("Plain text.", id: "z", title: "A\0title")]);
        Assert.Equal("Atitle", store.LoadArticle("z")!.Title);
    }
}
