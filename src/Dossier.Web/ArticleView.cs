using System.Text.Json.Nodes;
using Dossier.Model;
using Dossier.Output;
using Dossier.Store;

namespace Dossier.Web;

/// <summary>
/// An article as its page shows it: clean text split into sentences, each sentence with the story items
/// (summary sentences, timeline dates, quotes) that rest on it; the lines cleaning removed and why; the
/// pieces it was split from or into; and its near-duplicates among the articles of its stories.
/// </summary>
internal static class ArticleView
{
    public static JsonObject Build(Article a, IArticleStore store)
    {
        var stories = store.LoadStories()
            .Select(s => JsonNode.Parse(s.Json)!.AsObject())
            .Where(s => Json.Strings(s["articles"]).Contains(a.Id))
            .ToList();
        var links = SentenceLinks(a.Id, stories);
        var sentences = new JsonArray();
        foreach (var s in a.Sentences)
        {
            sentences.Add(new JsonObject
            {
                ["index"] = s.Index,
                ["start"] = s.Span.Start,
                ["end"] = s.Span.End,
                ["links"] = links.TryGetValue(s.Index, out var l) ? new JsonArray([.. l]) : new JsonArray(),
            });
        }
        var removed = new JsonArray();
        foreach (var r in a.Removed) removed.Add(new JsonObject { ["line"] = r.Text, ["rule"] = r.Rule });
        return new JsonObject
        {
            ["id"] = a.Id,
            ["title"] = a.Title,
            ["outlet"] = Outlets.Name(a),
            ["source"] = a.Source,
            ["published"] = a.Published?.ToIso(),
            ["url"] = a.Url,
            ["byline"] = a.Byline,
            ["path"] = a.Path,
            ["format"] = a.Format.ToString().ToLowerInvariant(),
            ["fragmentOf"] = a.FragmentOf,
            ["truncated"] = a.Truncated,
            ["pageDates"] = Json.Array(a.PageDates.Select(d => d.ToIso())),
            ["removed"] = removed,
            ["text"] = a.Text,
            ["sentences"] = sentences,
            ["stories"] = new JsonArray([.. stories.Select(s => (JsonNode)new JsonObject { ["id"] = (string?)s["id"], ["title"] = (string?)s["title"] })]),
            ["nearDuplicates"] = NearDuplicates.Of(a, stories.SelectMany(s => Json.Strings(s["articles"])).Distinct(), store),
        };
    }

    /// <summary>For each sentence index of the article, the story items that cite it.</summary>
    private static Dictionary<int, List<JsonNode>> SentenceLinks(string articleId, IEnumerable<JsonObject> stories)
    {
        var links = new Dictionary<int, List<JsonNode>>();
        void Add(int sentence, JsonObject link)
        {
            if (!links.TryGetValue(sentence, out var l)) links[sentence] = l = [];
            l.Add(link);
        }
        foreach (var story in stories)
        {
            var (id, title) = ((string?)story["id"], (string?)story["title"]);
            foreach (var (kind, items) in new[] { ("summary", story["summary"]), ("timeline", story["timeline"]) })
            {
                var n = 0;
                foreach (var item in Json.Objects(items))
                {
                    foreach (var r in Json.Objects(item["sentences"]).Where(r => (string?)r["article"] == articleId))
                        Add((int?)r["sentence"] ?? -1, new JsonObject { ["story"] = id, ["storyTitle"] = title, ["kind"] = kind, ["item"] = n, ["date"] = (string?)item["date"] });
                    n++;
                }
            }
            var q = 0;
            foreach (var quote in Json.Objects(story["quotes"]))
            {
                if ((string?)quote["article"] == articleId)
                    Add((int?)quote["sentence"] ?? -1, new JsonObject { ["story"] = id, ["storyTitle"] = title, ["kind"] = "quote", ["item"] = q, ["speaker"] = (string?)quote["speaker"] });
                q++;
            }
        }
        return links;
    }
}
