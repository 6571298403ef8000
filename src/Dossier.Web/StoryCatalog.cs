using System.Text.Json.Nodes;
using Dossier.Store;

namespace Dossier.Web;

/// <summary>
/// The read side of the store as the browser needs it. Each call opens its own read-only connection, so
/// requests served in parallel never share one, and nothing a request asks for can write.
/// </summary>
internal sealed class StoryCatalog(string dbPath)
{
    public string DbPath { get; } = dbPath;

    public bool HasStory(string id)
    {
        using var store = ArticleStores.OpenReadOnly(DbPath);
        return store.LoadStoryJson(id) is not null;
    }

    public bool HasArticle(string id)
    {
        using var store = ArticleStores.OpenReadOnly(DbPath);
        return store.HasArticle(id);
    }

    /// <summary>Stories matching every word of <paramref name="query"/> (title, entities and their aliases, article titles), newest first.</summary>
    public IReadOnlyList<StoryListItem> List(string? query)
    {
        using var store = ArticleStores.OpenReadOnly(DbPath);
        var headers = store.LoadArticleHeaders().ToDictionary(h => h.Id);
        var words = StorySearch.Words(query);
        return [.. store.LoadStories()
            .Select(s => StoryListItem.From(JsonNode.Parse(s.Json)!.AsObject(), headers))
            .Where(s => StorySearch.Matches(s, words))
            .OrderByDescending(s => s.Last ?? "", StringComparer.Ordinal)
            .ThenBy(s => s.Title, StringComparer.Ordinal)];
    }

    /// <summary>The story's stored document, with each referenced sentence's text and each article's header added; null when unknown.</summary>
    public JsonObject? Story(string id)
    {
        using var store = ArticleStores.OpenReadOnly(DbPath);
        var json = store.LoadStoryJson(id);
        return json is null ? null : StoryView.Build(JsonNode.Parse(json)!.AsObject(), store);
    }

    /// <summary>The article with its sentences, what cleaning removed, the story sentences built on it and its near-duplicates; null when unknown.</summary>
    public JsonObject? Article(string id)
    {
        using var store = ArticleStores.OpenReadOnly(DbPath);
        var article = store.LoadArticle(id);
        return article is null ? null : ArticleView.Build(article, store);
    }
}
