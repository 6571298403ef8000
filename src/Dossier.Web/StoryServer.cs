using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dossier.Web;

/// <summary>
/// The running story browser: Kestrel on the asked address, GET routes only (the store is opened read-only
/// besides), pages and a JSON API. Errors become plain 404/500 pages; a stack trace is never shown.
/// </summary>
public sealed class StoryServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StoryServer(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>The address it listens on, with the real port when port 0 was asked for.</summary>
    public Uri Url { get; }

    /// <summary>
    /// Starts serving; throws <see cref="FileNotFoundException"/> when there is no store at <see cref="ServeOptions.DbPath"/>
    /// (an SQLite path or a postgres:// URL), <see cref="Store.StoreUnavailableException"/> when it cannot be reached,
    /// <see cref="ArgumentException"/> for a host that is not an address, <see cref="IOException"/> when the port is taken.
    /// </summary>
    public static async Task<StoryServer> StartAsync(ServeOptions options, CancellationToken cancel = default)
    {
        var dbPath = Store.ArticleStores.IsPostgres(options.DbPath) ? options.DbPath : Path.GetFullPath(options.DbPath);
        // Fails here, before listening, rather than on the first request.
        using (Store.ArticleStores.OpenReadOnly(dbPath)) { }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        // An address or "localhost" only: a host name that failed to resolve must never fall back to every interface.
        var isLocalhost = string.Equals(options.Host, "localhost", StringComparison.OrdinalIgnoreCase);
        if (!isLocalhost && !IPAddress.TryParse(options.Host, out _))
            throw new ArgumentException($"--host must be an IP address (127.0.0.1, ::1, 0.0.0.0) or localhost, not \"{options.Host}\"");
        builder.WebHost.ConfigureKestrel(k =>
        {
            if (isLocalhost) k.ListenLocalhost(options.Port);
            else k.Listen(IPAddress.Parse(options.Host), options.Port);
        });
        builder.Services.AddSingleton(new StoryCatalog(dbPath));

        var app = builder.Build();
        app.UseExceptionHandler(e => e.Run(ctx => Pages.Error(ctx, StatusCodes.Status500InternalServerError, "Something went wrong reading the store.")));
        app.Use(SecurityHeaders.Apply);
        ApiEndpoints.Map(app);
        PageEndpoints.Map(app);
        await app.StartAsync(cancel).ConfigureAwait(false);

        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var url = new UriBuilder(address) { Host = isLocalhost ? "localhost" : new Uri(address).Host };
        if (url.Host is "0.0.0.0" or "[::]") url.Host = "127.0.0.1";
        return new StoryServer(app, url.Uri);
    }

    /// <summary>Runs until <paramref name="cancel"/> fires (Ctrl+C in the CLI).</summary>
    public async Task WaitAsync(CancellationToken cancel)
    {
        try { await Task.Delay(Timeout.Infinite, cancel).ConfigureAwait(false); }
        catch (OperationCanceledException) { }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
