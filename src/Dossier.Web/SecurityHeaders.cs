using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Dossier.Web;

/// <summary>
/// A second line behind rendering article text as text: a content security policy that lets only the page's
/// own inline script and style run (by a per-response nonce) and fetch only from this server. Were some
/// untrusted text ever to reach the DOM as markup, its scripts and event handlers would still not run.
/// </summary>
internal static class SecurityHeaders
{
    public const string NonceKey = "dossier-nonce";

    public static Task Apply(HttpContext ctx, Func<Task> next)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        ctx.Items[NonceKey] = nonce;
        var h = ctx.Response.Headers;
        h.ContentSecurityPolicy = $"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
        h.XContentTypeOptions = "nosniff";
        h["Referrer-Policy"] = "no-referrer";
        return next();
    }

    public static string Nonce(HttpContext ctx) => ctx.Items[NonceKey] as string ?? "";
}
