using System.Collections.Immutable;
using System.Data.Common;
using System.Text.Json;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Store;

/// <summary>
/// What SQLite and PostgreSQL stores share: the statements (both accept the same parameterised SQL for these), the
/// reading and writing of rows, and the rules of <see cref="IArticleStore"/>. A subclass gives its schema, its
/// INSERT (how <c>seq</c> is numbered), how stories keep their order, its lock, and which errors are worth a retry.
/// All SQL is parameterised.
/// </summary>
public abstract class SqlArticleStore : IArticleStore
{
    private const int MaxAttempts = 20;

    protected SqlArticleStore(DbConnection db) => Db = db;

    protected DbConnection Db { get; }

    /// <summary>Inserts one article row, doing nothing when its id is stored already. Parameters as in <see cref="Bind"/>.</summary>
    protected abstract string InsertArticleSql { get; }

    /// <summary>Inserts one story row from @id, @pos, @title, @json.</summary>
    protected abstract string InsertStorySql { get; }

    /// <summary>The ORDER BY of <see cref="LoadStories"/>: the order they were saved in.</summary>
    protected abstract string StoryOrder { get; }

    /// <summary>A failure another attempt at the same transaction may not meet (a deadlock, a serialisation failure).</summary>
    protected virtual bool IsTransient(Exception e) => false;

    /// <summary>Run first in <see cref="SaveStories"/>'s transaction: PostgreSQL takes a lock there so that two saves queue.</summary>
    protected virtual void BeforeSaveStories(DbTransaction tx) { }

    /// <summary>A string as the database can hold it (PostgreSQL text cannot hold U+0000).</summary>
    protected virtual string? Storable(string? s) => s;

    public abstract IDisposable LockAnalysis();

    /// <summary>
    /// Keeps, of a text found at several places, the place first in (path, ordinal) order, whichever arrived first:
    /// then the stored row is the same whatever order files are ingested in, by one process or several.
    /// </summary>
    private const string TakeEarlierPlaceSql = """
        UPDATE articles SET path = @path, ordinal = @ordinal, format = @format, source = @source, title = @title,
            published = @published, text = @text, url = @url, byline = @byline, page_dates = @page_dates,
            fragment_of = @fragment_of, truncated = @truncated, removed = @removed, provenance = @provenance
        WHERE id = @id AND (path > @path OR (path = @path AND ordinal > @ordinal))
        """;

    protected const string ArticleInsertColumns = "id, path, ordinal, format, source, title, published, text, url, byline, page_dates, fragment_of, truncated, removed, provenance";
    protected const string ArticleInsertValues = "@id, @path, @ordinal, @format, @source, @title, @published, @text, @url, @byline, @page_dates, @fragment_of, @truncated, @removed, @provenance";

    public int AddArticles(IReadOnlyCollection<Article> articles)
    {
        // Rows are written in id order, so two writers sharing articles lock them in the same order and cannot deadlock
        // on each other (PostgreSQL); the ordinal keeps each article's place in its file.
        var rows = articles.Select((a, i) => (Article: a, Ordinal: i)).OrderBy(r => r.Article.Id, StringComparer.Ordinal).ToList();
        return InTransaction(tx =>
        {
            var added = 0;
            foreach (var (a, ordinal) in rows)
            {
                using var insert = Command(InsertArticleSql, tx);
                Bind(insert, a, ordinal);
                if (insert.ExecuteNonQuery() > 0)
                {
                    added++;
                    continue;
                }
                using var update = Command(TakeEarlierPlaceSql, tx);
                Bind(update, a, ordinal);
                update.ExecuteNonQuery();
            }
            return added;
        });
    }

    private void Bind(DbCommand cmd, Article a, int ordinal)
    {
        Add(cmd, "@id", a.Id);
        Add(cmd, "@path", a.Path);
        Add(cmd, "@ordinal", ordinal);
        Add(cmd, "@format", a.Format.ToString());
        Add(cmd, "@source", a.Source);
        Add(cmd, "@title", a.Title);
        Add(cmd, "@published", a.Published?.ToIso());
        Add(cmd, "@text", a.Text ?? throw new ArgumentException($"article {a.Id} has no text", nameof(a)));
        Add(cmd, "@url", a.Url);
        Add(cmd, "@byline", a.Byline);
        Add(cmd, "@page_dates", JsonSerializer.Serialize(a.PageDates.Select(d => d.ToIso())));
        Add(cmd, "@fragment_of", a.FragmentOf);
        Add(cmd, "@truncated", a.Truncated ? 1 : 0);
        Add(cmd, "@removed", JsonSerializer.Serialize(a.Removed.Select(r => new[] { r.Text, r.Rule })));
        Add(cmd, "@provenance", JsonSerializer.Serialize(a.Provenance.Select(p => new[] { p.Stage, p.Rule })));
    }

    public bool HasArticle(string id)
    {
        using var cmd = Command("SELECT 1 FROM articles WHERE id = @id");
        Add(cmd, "@id", id);
        return cmd.ExecuteScalar() is not null;
    }

    public int CountArticles()
    {
        using var cmd = Command("SELECT COUNT(*) FROM articles");
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private const string ArticleColumns = "id, path, format, source, title, published, text, url, byline, page_dates, fragment_of, truncated, removed, provenance";

    /// <summary>seq only breaks ties between rows stored before the ordinal was kept (it was 0 for all of them).</summary>
    private const string CanonicalOrder = "ORDER BY path, ordinal, seq";

    public ImmutableArray<Article> LoadArticles()
    {
        using var cmd = Command($"SELECT {ArticleColumns} FROM articles {CanonicalOrder}");
        using var r = cmd.ExecuteReader();
        var list = ImmutableArray.CreateBuilder<Article>();
        while (r.Read()) list.Add(ReadArticle(r));
        return list.ToImmutable();
    }

    public Article? LoadArticle(string id)
    {
        using var cmd = Command($"SELECT {ArticleColumns} FROM articles WHERE id = @id");
        Add(cmd, "@id", id);
        using var r = cmd.ExecuteReader();
        return r.Read() ? ReadArticle(r) : null;
    }

    public IReadOnlyList<ArticleHeader> LoadArticleHeaders()
    {
        using var cmd = Command($"SELECT id, source, title, published, fragment_of FROM articles {CanonicalOrder}");
        using var r = cmd.ExecuteReader();
        var list = new List<ArticleHeader>();
        while (r.Read())
            list.Add(new ArticleHeader(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2),
                DateValue.ParseIso(r.IsDBNull(3) ? null : r.GetString(3)), r.IsDBNull(4) ? null : r.GetString(4)));
        return list;
    }

    private static Article ReadArticle(DbDataReader r)
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

    public void SaveStories(IEnumerable<(string Id, string Title, string Json)> stories)
    {
        var list = stories.ToList();
        InTransaction(tx =>
        {
            BeforeSaveStories(tx);
            using (var delete = Command("DELETE FROM stories", tx)) delete.ExecuteNonQuery();
            var pos = 0;
            foreach (var (id, title, json) in list)
            {
                using var cmd = Command(InsertStorySql, tx);
                Add(cmd, "@id", id);
                Add(cmd, "@pos", pos++);
                Add(cmd, "@title", title);
                Add(cmd, "@json", json);
                cmd.ExecuteNonQuery();
            }
            return 0;
        });
    }

    public IReadOnlyList<(string Id, string Title, string Json)> LoadStories()
    {
        using var cmd = Command($"SELECT id, title, json FROM stories ORDER BY {StoryOrder}");
        using var r = cmd.ExecuteReader();
        var list = new List<(string, string, string)>();
        while (r.Read()) list.Add((r.GetString(0), r.GetString(1), r.GetString(2)));
        return list;
    }

    public string? LoadStoryJson(string id)
    {
        using var cmd = Command("SELECT json FROM stories WHERE id = @id");
        Add(cmd, "@id", id);
        return cmd.ExecuteScalar() as string;
    }

    /// <summary>Runs <paramref name="work"/> in a transaction and commits it, starting over when the failure was transient.</summary>
    protected T InTransaction<T>(Func<DbTransaction, T> work)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var tx = Db.BeginTransaction();
            try
            {
                var result = work(tx);
                tx.Commit();
                return result;
            }
            catch (Exception e) when (attempt < MaxAttempts && IsTransient(e))
            {
                tx.Rollback();
                // A little random wait, growing, so that the writers that collided do not collide again.
                Thread.Sleep(Random.Shared.Next(5, 20 * attempt));
            }
        }
    }

    protected DbCommand Command(string sql, DbTransaction? tx = null)
    {
        var cmd = Db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    protected void Add(DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value switch
        {
            null => DBNull.Value,
            string s => Storable(s),
            _ => value,
        };
        cmd.Parameters.Add(p);
    }

    protected void Execute(string sql, DbTransaction? tx = null)
    {
        using var cmd = Command(sql, tx);
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        Db.Dispose();
        GC.SuppressFinalize(this);
    }
}
