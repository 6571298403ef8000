using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dossier.Web;

/// <summary>The pages. Each is a small shell whose inline script fetches the JSON API and builds the DOM with text nodes only.</summary>
internal static class PageEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/", (HttpContext ctx) => Pages.Shell(ctx, "Stories", "stories", null, Assets.StoriesScript.Text));
        app.MapGet("/stories/{id}", (string id, HttpContext ctx, StoryCatalog c) =>
            c.HasStory(id) ? Pages.Shell(ctx, "Story", "story", id, Assets.StoryScript.Text) : Pages.Error(ctx, StatusCodes.Status404NotFound, $"There is no story with id “{id}”."));
        app.MapGet("/articles/{id}", (string id, HttpContext ctx, StoryCatalog c) =>
            c.HasArticle(id) ? Pages.Shell(ctx, "Article", "article", id, Assets.ArticleScript.Text) : Pages.Error(ctx, StatusCodes.Status404NotFound, $"There is no article with id “{id}”."));
        // GET only, so that a POST or DELETE anywhere gets 405 rather than a page: nothing here changes anything.
        app.MapFallback((HttpContext ctx) => Pages.Error(ctx, StatusCodes.Status404NotFound, "There is no page at this address."))
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
    }
}
