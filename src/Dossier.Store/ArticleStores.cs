namespace Dossier.Store;

/// <summary>
/// Opens the store a <c>--db</c> value names: <c>postgres://…</c> or <c>postgresql://…</c> is a PostgreSQL database,
/// anything else the path of an SQLite file.
/// </summary>
public static class ArticleStores
{
    public static bool IsPostgres(string db) => PostgresUrl.Is(db);

    /// <summary>Opens for reading and writing, creating the tables (and the SQLite file) when missing. Throws <see cref="StoreUnavailableException"/>.</summary>
    public static IArticleStore Open(string db) => IsPostgres(db) ? PostgresStore.Open(db) : new SqliteStore(db);

    /// <summary>
    /// Opens an existing store on a connection that cannot write. Throws <see cref="FileNotFoundException"/> when there is
    /// no store there (no file; a database without Dossier's tables), <see cref="StoreUnavailableException"/> when it cannot be reached.
    /// </summary>
    public static IArticleStore OpenReadOnly(string db) => IsPostgres(db) ? PostgresStore.OpenReadOnly(db) : SqliteStore.OpenReadOnly(db);

    /// <summary>The --db value as messages may show it: a URL's password is replaced by "***".</summary>
    public static string Describe(string db) => PostgresUrl.Redact(db);
}
