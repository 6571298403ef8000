using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Dossier.Tests.Store;

/// <summary>
/// A real PostgreSQL server for the store tests: a throwaway cluster of its own (initdb into a temporary folder,
/// started on 127.0.0.1 on a free port with its Unix socket in that folder, trust authentication, no fsync), stopped
/// and deleted when the tests end. The binaries are Debian's (<c>apt-get install postgresql</c>: /usr/lib/postgresql/N/bin)
/// or the first initdb on PATH. initdb refuses to run as root, so as root the cluster belongs to the <c>postgres</c>
/// user the package creates, and its commands run through <c>runuser -u postgres</c>.
/// <para>
/// <c>DOSSIER_TEST_POSTGRES=postgres://user:pass@host:port/db</c> uses that server instead (the user must be allowed to
/// create databases). Each test gets a database of its own. Without binaries or that variable, the tests are skipped
/// with the reason (<see cref="PostgresFactAttribute"/>).
/// </para>
/// Started on first use, not when xunit builds the fixture, so a run whose PostgreSQL tests are all skipped starts nothing.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string UrlVariable = "DOSSIER_TEST_POSTGRES";
    public const string RequireVariable = "DOSSIER_REQUIRE_POSTGRES";

    private static readonly Lazy<string?> Bin = new(FindBin);
    private readonly Lazy<string> _adminUrl;
    private readonly Lock _gate = new();
    private string? _root;
    private int _databases;

    public PostgresServer() => _adminUrl = new Lazy<string>(Start);

    /// <summary>Why the PostgreSQL tests cannot run here, or null when they can.</summary>
    public static string? Unavailable { get; } = FindUnavailable();

    private static string? FindUnavailable()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(UrlVariable))) return null;
        if (!OperatingSystem.IsLinux()) return "PostgreSQL tests start a server with Debian's binaries: Linux only (or set " + UrlVariable + ")";
        if (Bin.Value is null)
            return "no PostgreSQL binaries (initdb, pg_ctl, postgres in /usr/lib/postgresql/N/bin or on PATH): `apt-get install -y postgresql`, or set " + UrlVariable + "=postgres://user:pass@host:port/db";
        if (IsRoot && (Which("runuser") is null || !File.ReadLines("/etc/passwd").Any(l => l.StartsWith("postgres:", StringComparison.Ordinal))))
            return "running as root, and initdb refuses root: needs runuser and the `postgres` user (created by `apt-get install postgresql`)";
        return null;
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static string? FindBin()
    {
        static bool Complete(string dir) => new[] { "initdb", "pg_ctl", "postgres" }.All(f => File.Exists(Path.Combine(dir, f)));
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            var newest = Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => Complete(d.Dir))
                .OrderByDescending(d => d.Version)
                .FirstOrDefault();
            if (newest.Dir is not null) return newest.Dir;
        }
        return Which("initdb") is { } initdb && Complete(Path.GetDirectoryName(initdb)!) ? Path.GetDirectoryName(initdb) : null;
    }

    private static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);

    /// <summary>A URL of a new, empty database on the server, for one test.</summary>
    public string NewDatabase()
    {
        var admin = _adminUrl.Value;
        var name = $"dossier_test_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        using (var db = new NpgsqlConnection(Dossier.Store.PostgresUrl.Parse(admin).ConnectionString))
        {
            db.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name}", db);
            drop.ExecuteNonQuery();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", db);
            create.ExecuteNonQuery();
        }
        var q = admin.IndexOf('?', StringComparison.Ordinal);
        var (url, query) = q < 0 ? (admin, "") : (admin[..q], admin[q..]);
        var slash = url.IndexOf('/', url.IndexOf("://", StringComparison.Ordinal) + 3);
        return (slash < 0 ? url : url[..slash]) + "/" + name + query;
    }

    private string Start()
    {
        if (Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } given) return given;
        if (Unavailable is { } why) throw new InvalidOperationException(why);
        lock (_gate)
        {
            _root = Directory.CreateTempSubdirectory("dossier-pg-").FullName;
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
            if (IsRoot) Run("chown", "postgres:", _root);
            var data = Path.Combine(_root, "data");
            Pg("initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
            // A free port can be taken between asking and starting: try a few.
            for (var attempt = 1; ; attempt++)
            {
                var port = FreePort();
                try
                {
                    Pg("pg_ctl", "-D", data, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60", "-o",
                        $"-c listen_addresses=127.0.0.1 -p {port} -k {_root} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60",
                        "start");
                    return $"postgres://postgres@127.0.0.1:{port}/postgres";
                }
                catch (InvalidOperationException) when (attempt < 3)
                {
                }
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Runs a PostgreSQL program, as the postgres user when we are root.</summary>
    private static void Pg(string program, params string[] args)
    {
        var path = Path.Combine(Bin.Value!, program);
        if (IsRoot) Run("runuser", ["-u", "postgres", "--", path, .. args]);
        else Run(path, args);
    }

    private static void Run(string program, params string[] args)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        if (!p.WaitForExit(120_000)) p.Kill(entireProcessTree: true);
        if (p.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({p.ExitCode}): {stderr}{stdout.Result}");
    }

    private void Stop()
    {
        lock (_gate)
        {
            if (_root is null) return;
            try { Pg("pg_ctl", "-D", Path.Combine(_root, "data"), "-m", "immediate", "-w", "stop"); }
            catch (InvalidOperationException) { }   // not running
            try { Directory.Delete(_root, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
            _root = null;
        }
    }

    public void Dispose() => Stop();
}

/// <summary>Tests that need the PostgreSQL server share it, one test at a time (each in its own database).</summary>
[CollectionDefinition("Postgres")]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>;

/// <summary>A fact that is skipped, with the reason, where no PostgreSQL server can be had (<see cref="PostgresServer.Unavailable"/>).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        // CI sets DOSSIER_REQUIRE_POSTGRES=1: there a missing server fails the tests (with the reason) rather than skipping them.
        if (PostgresServer.Unavailable is { } why && Environment.GetEnvironmentVariable(PostgresServer.RequireVariable) != "1") Skip = why;
    }
}
