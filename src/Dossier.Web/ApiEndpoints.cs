using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Dossier.Web;

/// <summary>The JSON API the pages use and scripts can call. GET only; unknown ids give 404 with {"error"}.</summary>
internal static class ApiEndpoints
{
    // The default encoder escapes <, > and & in strings, so a JSON answer opened as a page cannot smuggle markup.
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static void Map(WebApplication app)
    {
        app.MapGet("/api/stories", (string? q, StoryCatalog c) =>
            Results.Json(c.List(q).Select(s => new { s.Id, s.Title, s.First, s.Last, s.Articles, Outlets = s.Outlets.Count, OutletNames = s.Outlets, s.Entities }), Options));
        app.MapGet("/api/stories/{id}", (string id, StoryCatalog c) => Answer(c.Story(id), "story", id));
        app.MapGet("/api/articles/{id}", (string id, StoryCatalog c) => Answer(c.Article(id), "article", id));
        app.MapGet("/api/{**rest}", (string rest) => NotFound($"no such API address: /api/{rest}"));
    }

    private static IResult Answer(JsonObject? found, string what, string id) =>
        found is null ? NotFound($"no {what} with id {id}") : Results.Text(found.ToJsonString(Options), "application/json; charset=utf-8");

    private static IResult NotFound(string message) => Results.Json(new { Error = message }, Options, statusCode: StatusCodes.Status404NotFound);
}
