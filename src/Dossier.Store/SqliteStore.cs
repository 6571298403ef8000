using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Dossier.Store;

/// <summary>
/// The embedded store, one SQLite file. Articles are keyed by their content hash, so ingesting the same text twice adds
/// nothing. Each file's articles go in in one transaction (SQLite's IMMEDIATE: one writer at a time, others wait),
/// so a run stopped half way leaves whole files or none, and the next run picks up without duplicates.
/// </summary>
public sealed class SqliteStore : SqlArticleStore
{
    private readonly string _path;

    public SqliteStore(string path) : this(Open(path), path)
    {
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        Execute(Schema.Create);
        if (!HasColumn("articles", "ordinal")) Execute(Schema.AddOrdinal);
        Execute(Schema.CreateOrderIndex);
    }

    private SqliteStore(SqliteConnection db, string path) : base(db) => _path = path;

    private static SqliteConnection Open(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        db.Open();
        return db;
    }

    /// <summary>
    /// Opens an existing store without the right to change it: the connection itself is read-only, so a reader
    /// (the story browser) cannot write whatever it is asked. Throws <see cref="FileNotFoundException"/> when there is no store.
    /// </summary>
    public static SqliteStore OpenReadOnly(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException("no Dossier store here", path);
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        db.Open();
        return new SqliteStore(db, path);
    }

    protected override string InsertArticleSql => $"""
        INSERT INTO articles (seq, {ArticleInsertColumns})
        VALUES ((SELECT COALESCE(MAX(seq), 0) + 1 FROM articles), {ArticleInsertValues})
        ON CONFLICT (id) DO NOTHING
        """;

    protected override string InsertStorySql => "INSERT INTO stories (id, title, json) VALUES (@id, @title, @json)";

    protected override string StoryOrder => "rowid";

    /// <summary>
    /// An exclusive lock on a file beside the database (<c>FILE.lock</c>, flock on Unix), taken in turns: SQLite's own
    /// locks last one transaction, and an analysis is longer than any transaction should be.
    /// </summary>
    public override IDisposable LockAnalysis()
    {
        var lockPath = _path + ".lock";
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (File.Exists(lockPath))
            {
                Thread.Sleep(50);
            }
        }
    }

    private bool HasColumn(string table, string column)
    {
        using var cmd = Command($"SELECT 1 FROM pragma_table_info('{table}') WHERE name = @name");
        Add(cmd, "@name", column);
        return cmd.ExecuteScalar() is not null;
    }
}
