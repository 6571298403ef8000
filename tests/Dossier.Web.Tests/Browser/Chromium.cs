using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Dossier.Web.Tests.Browser;

/// <summary>
/// Debian's headless Chromium, started for a test class with its own throw-away profile and driven over CDP.
/// When /usr/bin/chromium is absent, <see cref="Available"/> is false and browser tests return early
/// (CI installs it; see .ci/run).
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string Executable = "/usr/bin/chromium";

    private readonly string _profile = Directory.CreateTempSubdirectory("dossier-chromium-").FullName;
    private Process? _process;
    private CdpConnection? _cdp;

    public bool Available => File.Exists(Executable);

    public async Task InitializeAsync()
    {
        if (!Available) return;
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var a in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--no-default-browser-check",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
            "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio", "--window-size=1280,900",
            "--remote-debugging-port=0", "--user-data-dir=" + _profile, "about:blank",
        }) start.ArgumentList.Add(a);
        _process = Process.Start(start)!;
        // Drain its output so a chatty browser never blocks on a full pipe.
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        // Chromium writes the port it chose, and the browser's socket path, to DevToolsActivePort in the profile.
        var portFile = Path.Combine(_profile, "DevToolsActivePort");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        string[] lines = [];
        while (DateTime.UtcNow < deadline)
        {
            if (File.Exists(portFile) && (lines = (await File.ReadAllLinesAsync(portFile))).Length >= 2) break;
            if (_process.HasExited) throw new InvalidOperationException($"chromium exited with {_process.ExitCode}");
            await Task.Delay(100);
        }
        if (lines.Length < 2) throw new TimeoutException("chromium did not open its DevTools port in 60 s");
        _cdp = await CdpConnection.ConnectAsync(new Uri($"ws://127.0.0.1:{lines[0].Trim()}{lines[1].Trim()}"));
    }

    /// <summary>A new tab, 1280×900.</summary>
    public async Task<CdpPage> NewPageAsync()
    {
        var cdp = _cdp ?? throw new InvalidOperationException("chromium is not running");
        var target = await cdp.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" });
        var attached = await cdp.SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target.GetProperty("targetId").GetString(), ["flatten"] = true });
        var page = new CdpPage(cdp, attached.GetProperty("sessionId").GetString()!, target.GetProperty("targetId").GetString()!);
        await page.InitializeAsync();
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_cdp is not null)
        {
            try { await _cdp.SendAsync("Browser.close"); } catch (Exception e) when (e is IOException or TimeoutException or InvalidOperationException) { }
            await _cdp.DisposeAsync();
        }
        if (_process is not null)
        {
            if (!_process.WaitForExit(5000)) _process.Kill(entireProcessTree: true);
            _process.Dispose();
        }
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
