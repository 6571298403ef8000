using Dossier.Model;
using Microsoft.Data.Sqlite;

namespace Dossier.Store;

/// <summary>
/// The near-duplicate index's share of the store: each indexed article's LSH band keys under its index ordinal
/// (so an index can be rebuilt, and an ordinal's text found for exact verification), and the duplicate links
/// found. Its tables are created on first use, so stores that never run dedup do not carry them.
/// </summary>
public sealed partial class SqliteStore
{
    private const string DedupSchema = """
        CREATE TABLE IF NOT EXISTS dedup_index (
            ordinal  INTEGER PRIMARY KEY,   -- order of indexing, as the in-memory LSH index numbers articles
            article  TEXT NOT NULL,
            bands    BLOB NOT NULL,         -- the band keys, 4 bytes each, little-endian
            sketch   BLOB NOT NULL          -- the 4-bit MinHash sketch, 8-byte words, little-endian
        );
        CREATE TABLE IF NOT EXISTS duplicates (
            article    TEXT NOT NULL,       -- the later article
            other      TEXT NOT NULL,       -- the earlier article it repeats
            similarity REAL NOT NULL,       -- Jaccard similarity of 4-word shingle sets
            exact      INTEGER NOT NULL,    -- 1 when verified on both texts, 0 when estimated by MinHash
            PRIMARY KEY (article, other)
        ) WITHOUT ROWID;
        """;

    private bool _dedupReady;

    /// <summary>Lets SQLite keep up to <paramref name="megabytes"/> of the file's pages in memory (its default is 2 MB):
    /// a stream of millions of articles keyed by random content hashes otherwise reads most index pages back from the file.</summary>
    public void SetCacheSize(int megabytes) => Execute($"PRAGMA cache_size = {-megabytes * 1024}");

    private void EnsureDedup()
    {
        if (_dedupReady) return;
        Execute(DedupSchema);
        _dedupReady = true;
    }

    /// <summary>One prepared statement run for every row: parameters $1, $2, … of the given types.</summary>
    private static void InsertAll(SqliteTransaction tx, string sql, SqliteType[] types, IEnumerable<object[]> rows)
    {
        using var cmd = tx.Connection!.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        var ps = types.Select((t, i) => cmd.Parameters.Add("$" + (i + 1), t)).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < ps.Length; i++) ps[i].Value = row[i];
            cmd.ExecuteNonQuery();
        }
    }

    /// <summary>Stores indexed articles' band keys and the duplicates found for them, in one transaction.</summary>
    public void AddDedup(IReadOnlyCollection<(int Ordinal, string ArticleId, int[] Bands, ulong[] Sketch)> indexed, IReadOnlyCollection<NearDuplicate> duplicates)
    {
        EnsureDedup();
        var db = (SqliteConnection)Db;
        using var tx = db.BeginTransaction();
        InsertAll(tx, "INSERT OR REPLACE INTO dedup_index (ordinal, article, bands, sketch) VALUES ($1, $2, $3, $4)",
            [SqliteType.Integer, SqliteType.Text, SqliteType.Blob, SqliteType.Blob],
            indexed.Select(e => new object[] { e.Ordinal, e.ArticleId, Bytes(e.Bands), Bytes(e.Sketch) }));
        InsertAll(tx, "INSERT OR REPLACE INTO duplicates (article, other, similarity, exact) VALUES ($1, $2, $3, $4)",
            [SqliteType.Text, SqliteType.Text, SqliteType.Real, SqliteType.Integer],
            duplicates.Select(d => new object[] { d.ArticleId, d.OfId, d.Similarity, d.Exact ? 1 : 0 }));
        tx.Commit();
    }

    /// <summary>The id and text of the article indexed under <paramref name="ordinal"/>, or null when there is none.</summary>
    public (string Id, string Text)? IndexedArticle(int ordinal)
    {
        EnsureDedup();
        _indexedArticle ??= Prepare("SELECT a.id, a.text FROM dedup_index d JOIN articles a ON a.id = d.article WHERE d.ordinal = $o", "$o");
        _indexedArticle.Parameters[0].Value = ordinal;
        using var r = _indexedArticle.ExecuteReader();
        return r.Read() ? (r.GetString(0), r.GetString(1)) : null;
    }

    // prepared once: verification asks for a candidate's text for most articles of a stream
    private SqliteCommand? _indexedArticle;

    private SqliteCommand Prepare(string sql, string parameter)
    {
        var cmd = ((SqliteConnection)Db).CreateCommand();
        cmd.CommandText = sql;
        cmd.Parameters.Add(new SqliteParameter(parameter, null));
        cmd.Prepare();
        return cmd;
    }

    /// <summary>The stored index entries in ordinal order: what rebuilds an in-memory index.</summary>
    public IEnumerable<(int Ordinal, string ArticleId, int[] Bands, ulong[] Sketch)> LoadDedupIndex()
    {
        EnsureDedup();
        using var cmd = Command("SELECT ordinal, article, bands, sketch FROM dedup_index ORDER BY ordinal");
        using var r = cmd.ExecuteReader();
        while (r.Read())
            yield return (r.GetInt32(0), r.GetString(1), Values<int>((byte[])r.GetValue(2)), Values<ulong>((byte[])r.GetValue(3)));
    }

    private static byte[] Bytes<T>(T[] values) where T : unmanaged =>
        System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()).ToArray();

    private static T[] Values<T>(byte[] bytes) where T : unmanaged =>
        System.Runtime.InteropServices.MemoryMarshal.Cast<byte, T>(bytes).ToArray();

    /// <summary>The earlier articles <paramref name="articleId"/> repeats, most similar first.</summary>
    public IReadOnlyList<NearDuplicate> LoadDuplicates(string articleId)
    {
        EnsureDedup();
        using var cmd = Command("SELECT other, similarity, exact FROM duplicates WHERE article = @a ORDER BY similarity DESC, other");
        Add(cmd, "@a", articleId);
        using var r = cmd.ExecuteReader();
        var list = new List<NearDuplicate>();
        while (r.Read()) list.Add(new NearDuplicate(articleId, r.GetString(0), r.GetDouble(1), r.GetInt32(2) != 0));
        return list;
    }

    public int CountDuplicates()
    {
        EnsureDedup();
        using var cmd = Command("SELECT COUNT(*) FROM duplicates");
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
