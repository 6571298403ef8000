using System.Collections.Immutable;
using System.Text.Json;
using Dossier.Model;
using Dossier.Text;
using Microsoft.Data.Sqlite;

namespace Dossier.Store;

/// <summary>
/// The embedded store. Articles are keyed by their content hash, so ingesting the same text twice adds nothing.
/// Each file's articles go in in one transaction: a run stopped half way leaves whole files or none,
/// and the next run picks up without duplicates. All SQL is parameterised.
/// </summary>
public sealed partial class SqliteStore : IDisposable
{
    private readonly SqliteConnection _db;

    public SqliteStore(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        _db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _db.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        Execute(Schema.Create);
    }

    private SqliteStore(SqliteConnection db) => _db = db;

    /// <summary>
    /// Opens an existing store without the right to change it: the connection itself is read-only, so a reader
    /// (the story browser) cannot write whatever it is asked. Throws <see cref="FileNotFoundException"/> when there is no store.
    /// </summary>
    public static SqliteStore OpenReadOnly(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException("no Dossier store here", path);
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        db.Open();
        return new SqliteStore(db);
    }

    /// <summary>Stores the articles of one file; returns how many were new.</summary>
    public int AddArticles(IReadOnlyCollection<Article> articles)
    {
        using var tx = _db.BeginTransaction();
        var added = 0;
        foreach (var a in articles)
        {
            using var cmd = _db.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = """
                INSERT OR IGNORE INTO articles (id, seq, path, format, source, title, published, text, url, byline, page_dates, fragment_of, truncated, removed, provenance)
                VALUES ($id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM articles), $path, $format, $source, $title, $published, $text, $url, $byline, $page_dates, $fragment_of, $truncated, $removed, $provenance)
                """;
            cmd.Parameters.AddWithValue("$id", a.Id);
            cmd.Parameters.AddWithValue("$path", a.Path);
            cmd.Parameters.AddWithValue("$format", a.Format.ToString());
            cmd.Parameters.AddWithValue("$source", (object?)a.Source ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$title", (object?)a.Title ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$published", (object?)a.Published?.ToIso() ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$text", a.Text);
            cmd.Parameters.AddWithValue("$url", (object?)a.Url ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$byline", (object?)a.Byline ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$page_dates", JsonSerializer.Serialize(a.PageDates.Select(d => d.ToIso())));
            cmd.Parameters.AddWithValue("$fragment_of", (object?)a.FragmentOf ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$truncated", a.Truncated ? 1 : 0);
            cmd.Parameters.AddWithValue("$removed", JsonSerializer.Serialize(a.Removed.Select(r => new[] { r.Text, r.Rule })));
            cmd.Parameters.AddWithValue("$provenance", JsonSerializer.Serialize(a.Provenance.Select(p => new[] { p.Stage, p.Rule })));
            added += cmd.ExecuteNonQuery();
        }
        tx.Commit();
        return added;
    }

    public bool HasArticle(string id)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = "SELECT 1 FROM articles WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        return cmd.ExecuteScalar() is not null;
    }

    public int CountArticles()
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM articles";
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private const string ArticleColumns = "id, path, format, source, title, published, text, url, byline, page_dates, fragment_of, truncated, removed, provenance";

    /// <summary>All articles, in the order they were first stored.</summary>
    public ImmutableArray<Article> LoadArticles()
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = $"SELECT {ArticleColumns} FROM articles ORDER BY seq";
        using var r = cmd.ExecuteReader();
        var list = ImmutableArray.CreateBuilder<Article>();
        while (r.Read()) list.Add(ReadArticle(r));
        return list.ToImmutable();
    }

    /// <summary>One article by id, or null when the store has none with that id.</summary>
    public Article? LoadArticle(string id)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = $"SELECT {ArticleColumns} FROM articles WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        using var r = cmd.ExecuteReader();
        return r.Read() ? ReadArticle(r) : null;
    }

    /// <summary>Every article's header without its text, in storage order: enough to list and date stories without splitting texts.</summary>
    public IReadOnlyList<ArticleHeader> LoadArticleHeaders()
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = "SELECT id, source, title, published, fragment_of FROM articles ORDER BY seq";
        using var r = cmd.ExecuteReader();
        var list = new List<ArticleHeader>();
        while (r.Read())
            list.Add(new ArticleHeader(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2),
                DateValue.ParseIso(r.IsDBNull(3) ? null : r.GetString(3)), r.IsDBNull(4) ? null : r.GetString(4)));
        return list;
    }

    private static Article ReadArticle(SqliteDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        var text = r.GetString(6);
        return new Article(r.GetString(0), r.GetString(1), Enum.Parse<InputFormat>(r.GetString(2)), S(3), S(4), DateValue.ParseIso(S(5)), text, SentenceSplitter.Split(text))
        {
            Url = S(7),
            Byline = S(8),
            PageDates = [.. JsonSerializer.Deserialize<string[]>(r.GetString(9))!.Select(d => DateValue.ParseIso(d)!)],
            FragmentOf = S(10),
            Truncated = r.GetInt32(11) != 0,
            Removed = [.. JsonSerializer.Deserialize<string[][]>(r.GetString(12))!.Select(x => new RemovedLine(x[0], x[1]))],
            Provenance = [.. JsonSerializer.Deserialize<string[][]>(r.GetString(13))!.Select(x => new Provenance(x[0], x[1]))],
        };
    }

    /// <summary>Replaces the stored analysis (one JSON document per story) in one transaction.</summary>
    public void SaveStories(IEnumerable<(string Id, string Title, string Json)> stories)
    {
        using var tx = _db.BeginTransaction();
        Execute("DELETE FROM stories", tx);
        foreach (var (id, title, json) in stories)
        {
            using var cmd = _db.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = "INSERT INTO stories (id, title, json) VALUES ($id, $title, $json)";
            cmd.Parameters.AddWithValue("$id", id);
            cmd.Parameters.AddWithValue("$title", title);
            cmd.Parameters.AddWithValue("$json", json);
            cmd.ExecuteNonQuery();
        }
        tx.Commit();
    }

    public IReadOnlyList<(string Id, string Title, string Json)> LoadStories()
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = "SELECT id, title, json FROM stories ORDER BY rowid";
        using var r = cmd.ExecuteReader();
        var list = new List<(string, string, string)>();
        while (r.Read()) list.Add((r.GetString(0), r.GetString(1), r.GetString(2)));
        return list;
    }

    /// <summary>One story's JSON document by id, or null when there is no such story.</summary>
    public string? LoadStoryJson(string id)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = "SELECT json FROM stories WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        return cmd.ExecuteScalar() as string;
    }

    private void Execute(string sql, SqliteTransaction? tx = null)
    {
        using var cmd = _db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public void Dispose() => _db.Dispose();
}
