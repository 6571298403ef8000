using System.Text.Json;
using Dossier.Tests.Support;

namespace Dossier.Web.Tests.Support;

/// <summary>
/// A store whose articles carry markup meant to run: script elements, event-handler attributes and
/// javascript: links, in the body, the title and the outlet name. Every payload would set window.__pwned
/// or set document.title to "HACKED" if it ever ran.
/// </summary>
public sealed class HostileServer : ServedStore
{
    public const string Script = "<script>window.__pwned = 'script'; document.title = 'HACKED';</script>";
    public const string OnError = "<img src=x onerror=\"window.__pwned = 'onerror'; document.title = 'HACKED'\">";
    public const string JsLink = "<a href=\"javascript:window.__pwned = 'link'\">read more</a>";

    protected override string[] Inputs(TempDir dir)
    {
        var text = string.Join("\n\n",
            $"Negotiators met in Geneva on July 23, 2015 to discuss a ceasefire, officials said {Script} in a statement.",
            $"The foreign minister said the talks would resume next week {OnError} after a pause of several days.",
            $"Observers urged readers to {JsLink} about the ceasefire talks, which the United Nations has hosted since 2014.",
            "A spokesman said: \"We will <b onmouseover=\"window.__pwned = 'hover'\">meet</b> again <svg onload=\"window.__pwned = 'svg'\"></svg> soon.\"");
        var line = JsonSerializer.Serialize(new
        {
            id = "hostile-1",
            source = "<img src=x onerror=\"window.__pwned = 'outlet'\">Wire",
            title = "<script>window.__pwned = 'title'</script>Ceasefire talks resume",
            published = "2015-07-24",
            text,
        });
        var jsonl = dir.Write("in/hostile.jsonl", line + "\n");
        // The same tricks in a page, escaped so they survive extraction as text, as a hostile site would publish them.
        var html = dir.Write("in/hostile.html", $"""
            <!doctype html><html><head><title>&lt;img src=x onerror=&quot;window.__pwned='page'&quot;&gt; Geneva ceasefire</title>
            <script>window.__pwned = 'page-script'</script></head><body><article>
            <h1>&lt;script&gt;window.__pwned='h1'&lt;/script&gt; Geneva ceasefire talks</h1>
            <p>Negotiators in Geneva said on Friday that the ceasefire talks would go on &lt;script&gt;window.__pwned='p'&lt;/script&gt; for another week, according to several diplomats who attended the meeting.</p>
            <p>Officials in Damascus and Moscow welcomed the talks &lt;img src=x onerror=&quot;window.__pwned='p-img'&quot;&gt; and said the United Nations envoy would report to the Security Council.</p>
            <p>Readers were invited to &lt;a href=&quot;javascript:window.__pwned='p-link'&quot;&gt;follow the talks&lt;/a&gt; on the envoy's page, which lists every session held since 2014.</p>
            </article></body></html>
            """);
        return [jsonl, html];
    }
}
