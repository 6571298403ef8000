using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dossier.Web.Tests.Browser;

/// <summary>One tab: navigate, wait for the page's own "rendered" flag, evaluate, click with the mouse, take screenshots.</summary>
public sealed class CdpPage(CdpConnection cdp, string session, string targetId) : IAsyncDisposable
{
    public const int Width = 1280;
    public const int Height = 900;

    internal async Task InitializeAsync()
    {
        await Send("Page.enable");
        await Send("Runtime.enable");
        await Send("Log.enable");
        // A tab opened over the protocol starts in the background, where it gets no mouse input.
        await Send("Page.bringToFront");
        await Send("Emulation.setFocusEmulationEnabled", new JsonObject { ["enabled"] = true });
        await Send("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = Width, ["height"] = Height, ["deviceScaleFactor"] = 1, ["mobile"] = false });
    }

    private Task<JsonElement> Send(string method, JsonObject? parameters = null) => cdp.SendAsync(method, parameters, session);

    /// <summary>
    /// Loads <paramref name="url"/> and waits until its script has rendered (body[data-ready="1"], set by every page
    /// once its API data is on screen). The old page's flag is cleared first, so it cannot be mistaken for the new one's.
    /// </summary>
    public async Task GotoAsync(Uri url)
    {
        await EvaluateAsync("document.body && delete document.body.dataset.ready");
        var r = await Send("Page.navigate", new JsonObject { ["url"] = url.ToString() });
        if (r.TryGetProperty("errorText", out var err) && err.GetString() is { Length: > 0 } e) throw new InvalidOperationException($"navigating to {url}: {e}");
        await WaitForAsync("document.readyState === 'complete' && document.body && document.body.dataset.ready === '1'");
    }

    /// <summary>Polls a JavaScript condition until it is true.</summary>
    public async Task WaitForAsync(string condition, int timeoutMs = 20000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (true)
        {
            var v = await EvaluateAsync($"!!({condition})");
            if (v.ValueKind == JsonValueKind.True) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"waited {timeoutMs} ms for: {condition}; at {(await EvaluateAsync("location.href + ' ' + document.body?.innerText.slice(0, 300)")).GetString()}; page errors: {string.Join(" | ", Errors())}");
            await Task.Delay(100);
        }
    }

    /// <summary>Uncaught exceptions and console errors the page reported, for failure messages.</summary>
    public IEnumerable<string> Errors() => cdp.Events
        .Where(e => e.Session == session && e.Method is "Runtime.exceptionThrown" or "Log.entryAdded")
        .Select(e => e.Params.GetRawText());

    /// <summary>Evaluates an expression in the page (promises awaited) and returns its value as JSON.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var r = await Send("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (r.TryGetProperty("exceptionDetails", out var ex)) throw new InvalidOperationException($"page script failed: {ex.GetRawText()}");
        return r.GetProperty("result").TryGetProperty("value", out var v) ? v.Clone() : default;
    }

    public async Task<string> TextAsync(string expression) => (await EvaluateAsync(expression)).GetString() ?? "";

    /// <summary>Clicks the middle of the first box (a link wrapping over two lines has two) of the first element matching <paramref name="selector"/> with real mouse events, as a person would.</summary>
    public async Task ClickAsync(string selector)
    {
        var at = await EvaluateAsync($$"""
            (() => { const e = document.querySelector({{JsonSerializer.Serialize(selector)}}); if (!e) return null;
              e.scrollIntoView({ block: 'center' }); const r = e.getClientRects()[0] || e.getBoundingClientRect(); const x = r.left + r.width / 2, y = r.top + r.height / 2;
              const hit = document.elementFromPoint(x, y); return hit && (hit === e || e.contains(hit)) ? [x, y] : 'covered by ' + (hit ? hit.outerHTML.slice(0, 200) : 'nothing') + ' at ' + x + ',' + y; })()
            """);
        if (at.ValueKind != JsonValueKind.Array) throw new InvalidOperationException($"cannot click {selector}: {(at.ValueKind == JsonValueKind.String ? at.GetString() : "nothing matches")}");
        var (x, y) = (at[0].GetDouble(), at[1].GetDouble());
        await Send("Input.dispatchMouseEvent", new JsonObject { ["type"] = "mouseMoved", ["x"] = x, ["y"] = y });
        await Send("Input.dispatchMouseEvent", new JsonObject { ["type"] = "mousePressed", ["x"] = x, ["y"] = y, ["button"] = "left", ["buttons"] = 1, ["clickCount"] = 1 });
        await Send("Input.dispatchMouseEvent", new JsonObject { ["type"] = "mouseReleased", ["x"] = x, ["y"] = y, ["button"] = "left", ["clickCount"] = 1 });
    }

    /// <summary>A PNG of the page from the top, <paramref name="maxHeight"/> px at most, also written to <paramref name="path"/> for people to look at.</summary>
    public async Task<byte[]> ScreenshotAsync(string path, int maxHeight = 6000)
    {
        var height = Math.Clamp((await EvaluateAsync("document.documentElement.scrollHeight")).GetDouble(), 1, maxHeight);
        var r = await Send("Page.captureScreenshot", new JsonObject
        {
            ["format"] = "png",
            ["captureBeyondViewport"] = true,
            ["clip"] = new JsonObject { ["x"] = 0, ["y"] = 0, ["width"] = Width, ["height"] = height, ["scale"] = 1 },
        });
        var png = Convert.FromBase64String(r.GetProperty("data").GetString()!);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, png);
        return png;
    }

    public async ValueTask DisposeAsync()
    {
        try { await cdp.SendAsync("Target.closeTarget", new JsonObject { ["targetId"] = targetId }); }
        catch (Exception e) when (e is IOException or TimeoutException or InvalidOperationException) { }
    }
}
