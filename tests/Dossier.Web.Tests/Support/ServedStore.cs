using Dossier.Cli;
using Dossier.Cli.Terminal;
using Dossier.Tests.Support;

namespace Dossier.Web.Tests.Support;

/// <summary>
/// A store analysed from the given inputs into a temporary folder, served in-process on a free loopback port.
/// Analysis runs the real `analyze` path (AnalyzeRun), so the browser sees what a user's store holds.
/// </summary>
public abstract class ServedStore : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private StoryServer? _server;

    public string DbPath => _dir.File("dossier.db");

    public Uri Url => _server?.Url ?? throw new InvalidOperationException("not started");

    public HttpClient Http { get; } = new();

    /// <summary>Files or folders to analyse; written into <paramref name="dir"/> when made up for the test.</summary>
    protected abstract string[] Inputs(TempDir dir);

    public async Task InitializeAsync()
    {
        var exit = new AnalyzeRun(Inputs(_dir), DbPath, _dir.File("out"), new Reporter()).Execute();
        if (exit != ExitCodes.Ok) throw new InvalidOperationException($"analyze exited with {exit}");
        _server = await StoryServer.StartAsync(new ServeOptions(DbPath, "127.0.0.1", 0));
        Http.BaseAddress = _server.Url;
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        _dir.Dispose();
    }
}

/// <summary>The seeds (../shared/seeds): the Syria story the browser tests walk through.</summary>
public sealed class SeedsServer : ServedStore
{
    protected override string[] Inputs(TempDir dir) => [TestData.SeedsDir];
}
