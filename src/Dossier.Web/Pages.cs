using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;

namespace Dossier.Web;

/// <summary>Writes the HTML shells. Everything that is not a constant of this program goes through the HTML encoder.</summary>
internal static class Pages
{
    public static Task Shell(HttpContext ctx, string title, string page, string? id, string script) =>
        Write(ctx, StatusCodes.Status200OK, title, page, id, "<main id=\"app\"><p class=\"loading\">Loading…</p></main>", Assets.CommonScript.Text + script);

    public static Task Error(HttpContext ctx, int status, string message) =>
        Write(ctx, status, status == StatusCodes.Status404NotFound ? "Not found" : "Error", "error", null,
            $"<main id=\"app\"><h1>{(status == StatusCodes.Status404NotFound ? "Not found" : "Error")}</h1><p class=\"error\">{HtmlEncoder.Default.Encode(message)}</p><p><a href=\"/\">All stories</a></p></main>",
            "document.body.dataset.ready = '1';");

    private static Task Write(HttpContext ctx, int status, string title, string page, string? id, string main, string script)
    {
        var nonce = SecurityHeaders.Nonce(ctx);
        var enc = HtmlEncoder.Default;
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"icon\" href=\"data:,\">")
            .Append("<title>").Append(enc.Encode(title)).Append(" · Dossier</title>")
            .Append("<style nonce=\"").Append(nonce).Append("\">").Append(Assets.SiteStyle.Text).Append("</style></head>")
            .Append("<body data-page=\"").Append(enc.Encode(page)).Append('"');
        if (id is not null) html.Append(" data-id=\"").Append(enc.Encode(id)).Append('"');
        html.Append("><header class=\"top\"><a href=\"/\" class=\"brand\">Dossier</a><span class=\"db\">")
            .Append(enc.Encode(Path.GetFileName(ctx.RequestServices.GetService(typeof(StoryCatalog)) is StoryCatalog c ? c.DbPath : "")))
            .Append("</span></header>")
            .Append(main)
            .Append("<script nonce=\"").Append(nonce).Append("\">").Append(script).Append("</script></body></html>");
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "text/html; charset=utf-8";
        return ctx.Response.WriteAsync(html.ToString());
    }
}
