using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dossier.Web.Tests.Browser;

/// <summary>
/// A minimal Chrome DevTools Protocol client over one WebSocket: commands are JSON messages with an id,
/// answered by a message with the same id; everything else is an event, kept for the tests to inspect.
/// Sessions (one per page) are addressed with "sessionId", the protocol's flat mode.
/// </summary>
public sealed class CdpConnection : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);
    private readonly ClientWebSocket _ws = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _send = new(1, 1);
    private Task? _receive;
    private int _nextId;

    /// <summary>Events received, in order: (method, params, sessionId).</summary>
    public ConcurrentQueue<(string Method, JsonElement Params, string? Session)> Events { get; } = new();

    public static async Task<CdpConnection> ConnectAsync(Uri browserSocket)
    {
        var c = new CdpConnection();
        c._ws.Options.KeepAliveInterval = TimeSpan.Zero;
        await c._ws.ConnectAsync(browserSocket, CancellationToken.None);
        c._receive = Task.Run(c.ReceiveLoop);
        return c;
    }

    public async Task<JsonElement> SendAsync(string method, JsonObject? parameters = null, string? session = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var tcs = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = tcs;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (session is not null) message["sessionId"] = session;
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await _send.WaitAsync();
        try { await _ws.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None); }
        finally { _send.Release(); }
        var done = await Task.WhenAny(tcs.Task, Task.Delay(CommandTimeout));
        if (done != tcs.Task)
        {
            _pending.TryRemove(id, out _);
            throw new TimeoutException($"CDP {method} got no answer in {CommandTimeout.TotalSeconds} s");
        }
        return await tcs.Task;
    }

    private async Task ReceiveLoop()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested && _ws.State == WebSocketState.Open)
            {
                var r = await _ws.ReceiveAsync(buffer, _stop.Token);
                if (r.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, r.Count);
                if (!r.EndOfMessage) continue;
                Dispatch(JsonDocument.Parse(message.ToArray()).RootElement.Clone());
                message.SetLength(0);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException) { }
        foreach (var p in _pending.Values) p.TrySetException(new IOException("the browser connection closed"));
    }

    private void Dispatch(JsonElement m)
    {
        var session = m.TryGetProperty("sessionId", out var s) ? s.GetString() : null;
        if (m.TryGetProperty("id", out var idEl) && _pending.TryRemove(idEl.GetInt32(), out var tcs))
        {
            if (m.TryGetProperty("error", out var err)) tcs.TrySetException(new InvalidOperationException("CDP error: " + err.GetRawText()));
            else tcs.TrySetResult(m.GetProperty("result"));
        }
        else if (m.TryGetProperty("method", out var method))
        {
            Events.Enqueue((method.GetString()!, m.TryGetProperty("params", out var p) ? p : default, session));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { if (_ws.State == WebSocketState.Open) await _ws.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None); }
        catch (WebSocketException) { }
        if (_receive is not null) await Task.WhenAny(_receive, Task.Delay(2000));
        _ws.Dispose();
        _stop.Dispose();
        _send.Dispose();
    }
}
