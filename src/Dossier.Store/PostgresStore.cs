using System.Data.Common;
using Npgsql;

namespace Dossier.Store;

/// <summary>
/// The store for a team: one PostgreSQL database that several <c>dossier</c> processes ingest into at once.
/// Writers never lose or double an article: the insert is <c>INSERT … ON CONFLICT (id) DO NOTHING</c> (a second writer
/// of the same text waits for the first to commit, then adds nothing), each file is one transaction, and a file's rows
/// are written in id order so that writers sharing articles cannot deadlock; a deadlock or serialisation failure all
/// the same is retried. Analyses take a session advisory lock (<see cref="LockAnalysis"/>), so they run one at a time and
/// the last one, which sees every article, writes the stories that stand. Advisory locks are per database.
/// </summary>
public sealed class PostgresStore : SqlArticleStore
{
    // Advisory lock keys, fixed for all Dossier processes ("Dossier" in ASCII, then a number).
    private const long SchemaLock = 0x446F7373696572_01;
    private const long AnalysisLock = 0x446F7373696572_02;
    private const long StoriesLock = 0x446F7373696572_03;

    private PostgresStore(NpgsqlConnection db) : base(db) { }

    /// <summary>Connects and creates the tables when the database has none. Throws <see cref="StoreUnavailableException"/>.</summary>
    public static PostgresStore Open(string url)
    {
        var store = new PostgresStore(Connect(url, readOnly: false));
        try
        {
            if (!store.HasTables()) store.CreateTables();
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Connects in read-only mode (every transaction of the session is READ ONLY, so the server refuses any write).
    /// Throws <see cref="FileNotFoundException"/> when the database holds no Dossier store.
    /// </summary>
    public static PostgresStore OpenReadOnly(string url)
    {
        var store = new PostgresStore(Connect(url, readOnly: true));
        if (store.HasTables()) return store;
        store.Dispose();
        throw new FileNotFoundException("no Dossier store in this database", PostgresUrl.Redact(url));
    }

    private static NpgsqlConnection Connect(string url, bool readOnly)
    {
        NpgsqlConnectionStringBuilder b;
        try
        {
            b = PostgresUrl.Parse(url);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
        {
            throw new StoreUnavailableException($"{PostgresUrl.Redact(url)} is not a usable PostgreSQL URL: {e.Message}", e);
        }
        if (readOnly) b.Options = $"{b.Options} -c default_transaction_read_only=on".Trim();
        b.ApplicationName ??= "dossier";
        var db = new NpgsqlConnection(b.ConnectionString);
        try
        {
            db.Open();
            return db;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            db.Dispose();
            throw new StoreUnavailableException($"cannot open {PostgresUrl.Redact(url)}: {e.Message}", e);
        }
    }

    private bool HasTables()
    {
        using var cmd = Command("SELECT to_regclass('articles') IS NOT NULL AND to_regclass('stories') IS NOT NULL");
        return cmd.ExecuteScalar() is true;
    }

    /// <summary>Under a lock, since two processes creating the same table at once can fail on PostgreSQL's catalogue.</summary>
    private void CreateTables() => InTransaction(tx =>
    {
        LockForTransaction(SchemaLock, tx);
        Execute(PostgresSchema.Create, tx);
        return 0;
    });

    protected override string InsertArticleSql => $"""
        INSERT INTO articles ({ArticleInsertColumns}) VALUES ({ArticleInsertValues})
        ON CONFLICT (id) DO NOTHING
        """;

    protected override string InsertStorySql => "INSERT INTO stories (id, pos, title, json) VALUES (@id, @pos, @title, @json)";

    protected override string StoryOrder => "pos";

    protected override bool IsTransient(Exception e) => e is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected };

    /// <summary>Two saves at once would both delete and then collide on the ids they insert; the lock queues them.</summary>
    protected override void BeforeSaveStories(DbTransaction tx) => LockForTransaction(StoriesLock, tx);

    protected override string? Storable(string? s) => s is not null && s.Contains('\0', StringComparison.Ordinal) ? s.Replace("\0", "", StringComparison.Ordinal) : s;

    public override IDisposable LockAnalysis()
    {
        using (var cmd = Command("SELECT pg_advisory_lock(@key)"))
        {
            Add(cmd, "@key", AnalysisLock);
            cmd.CommandTimeout = 0;   // waits as long as another analysis runs
            cmd.ExecuteNonQuery();
        }
        return new Unlock(this);
    }

    private void LockForTransaction(long key, DbTransaction tx)
    {
        using var cmd = Command("SELECT pg_advisory_xact_lock(@key)", tx);
        Add(cmd, "@key", key);
        cmd.CommandTimeout = 0;
        cmd.ExecuteNonQuery();
    }

    private sealed class Unlock(PostgresStore store) : IDisposable
    {
        private bool _done;

        public void Dispose()
        {
            if (_done) return;
            _done = true;
            // A closed connection has released the lock already: the session that held it ended.
            if (store.Db.State != System.Data.ConnectionState.Open) return;
            using var cmd = store.Command("SELECT pg_advisory_unlock(@key)");
            store.Add(cmd, "@key", AnalysisLock);
            cmd.ExecuteNonQuery();
        }
    }
}
