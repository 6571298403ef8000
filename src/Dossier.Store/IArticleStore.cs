using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Store;

/// <summary>
/// Where articles and the stories built from them are kept between runs: an SQLite file (<see cref="SqliteStore"/>,
/// the embedded default) or a PostgreSQL database shared by a team (<see cref="PostgresStore"/>). Open one with
/// <see cref="ArticleStores.Open"/>. Both behave alike:
/// <list type="bullet">
/// <item>articles are keyed by the hash of their normalised text, so the same text is stored once however often and
/// by however many processes it is ingested;</item>
/// <item>each file's articles go in in one transaction: whole files or nothing;</item>
/// <item>articles come back in one canonical order, by (path, position in the file), not in arrival order, and a text
/// found in several files is kept as it is in the first of them in that order. So what the store holds, and the
/// stories analysed from it, depend only on which files were ingested, never on how runs or concurrent processes
/// divided them or which finished first.</item>
/// </list>
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>Stores the articles of one file, in the file's order, in one transaction; returns how many were new.</summary>
    int AddArticles(IReadOnlyCollection<Article> articles);

    bool HasArticle(string id);

    int CountArticles();

    /// <summary>All articles, in the store's canonical order (by path, then position in the file).</summary>
    ImmutableArray<Article> LoadArticles();

    /// <summary>One article by id, or null when the store has none with that id.</summary>
    Article? LoadArticle(string id);

    /// <summary>Every article's header without its text, in the canonical order: enough to list and date stories without splitting texts.</summary>
    IReadOnlyList<ArticleHeader> LoadArticleHeaders();

    /// <summary>Replaces the stored analysis (one JSON document per story) in one transaction.</summary>
    void SaveStories(IEnumerable<(string Id, string Title, string Json)> stories);

    /// <summary>The stored stories, in the order they were saved.</summary>
    IReadOnlyList<(string Id, string Title, string Json)> LoadStories();

    /// <summary>One story's JSON document by id, or null when there is no such story.</summary>
    string? LoadStoryJson(string id);

    /// <summary>
    /// Waits until no other process or connection is analysing this store, and holds it until disposed. An analysis
    /// (load every article, build stories, save them) runs inside it, so analyses never interleave: the last one to take
    /// the lock started after every other writer had finished ingesting, saw all their articles, and its stories stand.
    /// </summary>
    IDisposable LockAnalysis();
}
