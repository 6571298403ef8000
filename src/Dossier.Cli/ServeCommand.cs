using System.CommandLine;
using Dossier.Web;

namespace Dossier.Cli;

/// <summary>`dossier serve [--db FILE] [--port N] [--host H]`: the read-only story browser over the store.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "The store `dossier analyze` wrote: an SQLite file, or postgres://user:pass@host:port/db.", DefaultValueFactory = _ => "dossier.db" };
        var port = new Option<int>("--port") { Description = "Port to listen on (0 takes any free port).", DefaultValueFactory = _ => 8080 };
        var host = new Option<string>("--host") { Description = "Address to listen on. Loopback unless you name another interface (e.g. 0.0.0.0 for all).", DefaultValueFactory = _ => "127.0.0.1" };
        var cmd = new Command("serve", "Browse the stored stories in a web browser: summary with sources, timeline, who said what, outlets. Read-only; stops on Ctrl+C.") { db, port, host };
        cmd.SetAction((parse, cancel) => Run(new ServeOptions(parse.GetValue(db)!, parse.GetValue(host)!, parse.GetValue(port)), cancel));
        return cmd;
    }

    /// <summary>Serves until cancelled; <paramref name="started"/> hears the URL once the server listens (tests and `analyze --serve` use it).</summary>
    internal static async Task<int> Run(ServeOptions options, CancellationToken cancel, Action<Uri>? started = null)
    {
        if (options.Port is < 0 or > 65535)
        {
            Terminal.Reporter.Error($"--port must be between 0 and 65535, not {options.Port}");
            return ExitCodes.Usage;
        }
        StoryServer server;
        try
        {
            server = await StoryServer.StartAsync(options, cancel).ConfigureAwait(false);
        }
        catch (FileNotFoundException)
        {
            var db = Store.ArticleStores.Describe(options.DbPath);
            Terminal.Reporter.Error($"no store at {db}: run `dossier analyze PATHS... --db {db}` first");
            return ExitCodes.Usage;
        }
        catch (Store.StoreUnavailableException e)
        {
            Terminal.Reporter.Error(e.Message);
            return ExitCodes.Usage;
        }
        catch (ArgumentException e)
        {
            Terminal.Reporter.Error(e.Message);
            return ExitCodes.Usage;
        }
        catch (IOException e)
        {
            Terminal.Reporter.Error($"cannot listen on {options.Host}:{options.Port}: {e.Message}");
            return ExitCodes.Usage;
        }
        await using (server.ConfigureAwait(false))
        {
            Console.WriteLine($"Dossier is serving {Store.ArticleStores.Describe(options.DbPath)} at {server.Url} (read-only; Ctrl+C stops it)");
            started?.Invoke(server.Url);
            await server.WaitAsync(cancel).ConfigureAwait(false);
        }
        return ExitCodes.Ok;
    }
}
