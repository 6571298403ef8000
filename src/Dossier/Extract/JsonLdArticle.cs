using System.Text.Json;
using AngleSharp.Dom;

namespace Dossier.Extract;

/// <summary>What a page's schema.org JSON-LD says about its article.</summary>
internal sealed record JsonLdArticle(string? Headline, string? Author, string? DatePublished, string? Url, string? Publisher)
{
    /// <summary>True when <see cref="Author"/> names people (typed Person), not an organisation or a bare string.</summary>
    public bool AuthorIsPerson { get; init; }

    private static readonly HashSet<string> PersonType = new(["Person"], StringComparer.OrdinalIgnoreCase);

    private static readonly JsonDocumentOptions Lenient = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 128,
    };

    /// <summary>
    /// The first Article-typed object in any ld+json block (looking inside @graph and arrays); failing that,
    /// the first object with a headline. Fields the article object lacks are taken from the other
    /// page-level objects (a WebPage's or ClaimReview's datePublished). Broken JSON is skipped: sites
    /// often ship invalid blocks.
    /// </summary>
    public static JsonLdArticle? Read(IDocument doc)
    {
        JsonLdArticle? article = null, fallback = null, others = null;
        foreach (var script in doc.QuerySelectorAll("script[type]"))
        {
            if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase)) continue;
            JsonDocument json;
            try { json = JsonDocument.Parse(script.TextContent.Trim(), Lenient); }
            catch (JsonException) { continue; }
            catch (ArgumentException) { continue; } // text that is not valid UTF-16 (lone surrogates)
            using (json)
            {
                foreach (var obj in Objects(json.RootElement, 0))
                {
                    if (IsArticle(obj)) article ??= From(obj);
                    else if (Str(obj, "headline") is not null) fallback ??= From(obj);
                    else if (!IsType(obj, ExtractionPatterns.NonArticleTypes)) others = others is null ? From(obj) : others.Fill(From(obj));
                }
            }
        }
        var best = article ?? fallback;
        return best is null ? others : others is null ? best : best.Fill(others);
    }

    /// <summary>
    /// This record with its missing fields taken from <paramref name="other"/>; not the author, since the
    /// author of a page-level object (a ClaimReview, a WebPage) is usually the organisation.
    /// </summary>
    private JsonLdArticle Fill(JsonLdArticle other) =>
        this with { Headline = Headline ?? other.Headline, DatePublished = DatePublished ?? other.DatePublished, Url = Url ?? other.Url, Publisher = Publisher ?? other.Publisher };

    private static bool HasPerson(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v)
        && (v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Any(i => i.ValueKind == JsonValueKind.Object && IsType(i, PersonType))
            : v.ValueKind == JsonValueKind.Object && IsType(v, PersonType));

    private static IEnumerable<JsonElement> Objects(JsonElement e, int depth)
    {
        if (depth > 4) yield break;
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
                foreach (var o in Objects(item, depth + 1)) yield return o;
        }
        else if (e.ValueKind == JsonValueKind.Object)
        {
            yield return e;
            if (e.TryGetProperty("@graph", out var graph))
                foreach (var o in Objects(graph, depth + 1)) yield return o;
            if (e.TryGetProperty("mainEntity", out var main))
                foreach (var o in Objects(main, depth + 1)) yield return o;
        }
    }

    private static bool IsArticle(JsonElement o) => IsType(o, ExtractionPatterns.ArticleTypes);

    private static bool IsType(JsonElement o, IReadOnlySet<string> types)
    {
        if (!o.TryGetProperty("@type", out var t)) return false;
        if (t.ValueKind == JsonValueKind.String) return types.Contains(t.GetString()!);
        return t.ValueKind == JsonValueKind.Array
            && t.EnumerateArray().Any(x => x.ValueKind == JsonValueKind.String && types.Contains(x.GetString()!));
    }

    private static JsonLdArticle From(JsonElement o) => new(
        Str(o, "headline") ?? Str(o, "name"),
        Names(o, "author") ?? Names(o, "creator"),
        Str(o, "datePublished") ?? Str(o, "dateCreated"),
        Str(o, "url") ?? Str(o, "mainEntityOfPage"),
        Names(o, "publisher"))
    {
        AuthorIsPerson = HasPerson(o, "author"),
    };

    private static string? Str(JsonElement o, string name)
    {
        if (!o.TryGetProperty(name, out var v)) return null;
        return v.ValueKind switch
        {
            JsonValueKind.String => NonEmpty(v.GetString()),
            JsonValueKind.Object when v.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String => NonEmpty(id.GetString()),
            JsonValueKind.Array when v.GetArrayLength() > 0 && v[0].ValueKind == JsonValueKind.String => NonEmpty(v[0].GetString()),
            _ => null,
        };
    }

    /// <summary>
    /// Author-like values: a string, a {name} object, or a list of either; joined with ", ". People are
    /// preferred to organisations when both are listed.
    /// </summary>
    private static string? Names(JsonElement o, string name)
    {
        if (!o.TryGetProperty(name, out var v)) return null;
        var items = v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToList() : [v];
        var people = items.Where(i => i.ValueKind == JsonValueKind.Object && IsType(i, PersonType)).ToList();
        if (people.Count > 0) items = people;
        var names = new List<string>();
        foreach (var item in items)
        {
            var n = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object when item.TryGetProperty("name", out var nm) && nm.ValueKind == JsonValueKind.String => nm.GetString(),
                _ => null,
            };
            if (NonEmpty(n) is { } s && !names.Contains(s)) names.Add(s);
        }
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
