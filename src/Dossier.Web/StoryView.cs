using System.Text.Json.Nodes;
using Dossier.Model;
using Dossier.Output;
using Dossier.Store;

namespace Dossier.Web;

/// <summary>
/// A stored story document made ready for the page: each sentence reference gets its sentence's text (the
/// page shows it when a summary marker is clicked), each article its header, and each quote its fidelity flags.
/// The stored document itself is not changed; this is a copy.
/// </summary>
internal static class StoryView
{
    public static JsonObject Build(JsonObject story, IArticleStore store)
    {
        var articles = Json.Strings(story["articles"]).Select(store.LoadArticle).OfType<Article>().ToDictionary(a => a.Id);
        var info = new JsonObject();
        foreach (var a in articles.Values)
        {
            info[a.Id] = new JsonObject
            {
                ["title"] = a.Title,
                ["outlet"] = Outlets.Name(a),
                ["published"] = a.Published?.ToIso(),
            };
        }
        story["articleInfo"] = info;
        foreach (var item in Json.Objects(story["summary"]).Concat(Json.Objects(story["timeline"])))
        {
            foreach (var r in Json.Objects(item["sentences"]))
            {
                if (articles.TryGetValue((string?)r["article"] ?? "", out var a))
                    r["text"] = SentenceText(a, (int?)r["start"] ?? 0, (int?)r["end"] ?? 0);
            }
        }
        QuoteFidelity.Flag(story["quotes"] as JsonArray ?? [], articles);
        var dates = articles.Values.Select(a => a.Published).Where(d => d?.Year is not null).Select(d => d!.ToIso()).Order(StringComparer.Ordinal).ToList();
        story["first"] = dates.FirstOrDefault();
        story["last"] = dates.LastOrDefault();
        return story;
    }

    /// <summary>Offsets come from the store; a store edited by hand could hold ones past the text, so they are clamped rather than trusted.</summary>
    private static string SentenceText(Article a, int start, int end)
    {
        start = Math.Clamp(start, 0, a.Text.Length);
        end = Math.Clamp(end, start, a.Text.Length);
        return a.Text[start..end];
    }
}
