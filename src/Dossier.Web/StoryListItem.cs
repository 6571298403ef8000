using System.Text.Json.Nodes;
using Dossier.Store;

namespace Dossier.Web;

/// <summary>One row of the stories list. Dates are the first and last publication dates of its articles (ISO, as stored).</summary>
internal sealed record StoryListItem(
    string Id,
    string Title,
    string? First,
    string? Last,
    int Articles,
    IReadOnlyList<string> Outlets,
    IReadOnlyList<string> Entities,
    IReadOnlyList<string> SearchText)
{
    public static StoryListItem From(JsonObject story, IReadOnlyDictionary<string, ArticleHeader> headers)
    {
        var articleIds = Json.Strings(story["articles"]);
        var known = articleIds.Where(headers.ContainsKey).Select(a => headers[a]).ToList();
        // ISO strings of mixed precision sort correctly as text ("2015" < "2015-07" < "2015-07-23"); unknown years ("XXXX") are left out.
        var dates = known.Select(h => h.Published).Where(d => d?.Year is not null).Select(d => d!.ToIso()).Order(StringComparer.Ordinal).ToList();
        var entities = story["entities"]?.AsArray().Select(e => e!.AsObject()).ToList() ?? [];
        var names = entities.OrderByDescending(e => (int?)e["mentions"] ?? 0).Select(e => (string?)e["name"] ?? "").Where(n => n.Length > 0).ToList();
        var search = new List<string> { (string?)story["title"] ?? "" };
        search.AddRange(names);
        search.AddRange(entities.SelectMany(e => Json.Strings(e["aliases"])));
        search.AddRange(known.Select(h => h.Title ?? ""));
        return new StoryListItem(
            (string)story["id"]!,
            (string?)story["title"] ?? "",
            dates.FirstOrDefault(),
            dates.LastOrDefault(),
            articleIds.Count,
            Json.Strings(story["outlets"]),
            [.. names.Take(8)],
            search);
    }
}
