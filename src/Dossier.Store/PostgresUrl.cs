using Npgsql;

namespace Dossier.Store;

/// <summary>
/// <c>postgres://user:password@host:port/database?key=value</c> (or <c>postgresql://</c>), the form libpq and most tools
/// accept, as an Npgsql connection string. Parts are percent-decoded. A query may give <c>host</c> (a folder for a Unix
/// socket, which a URL's host cannot hold), <c>port</c>, <c>user</c>, <c>password</c>, <c>sslmode</c>, or any Npgsql
/// connection-string keyword (<c>Timeout</c>, <c>Search Path</c> …).
/// </summary>
public static class PostgresUrl
{
    private static readonly string[] Schemes = ["postgres://", "postgresql://"];

    public static bool Is(string db) => Schemes.Any(s => db.StartsWith(s, StringComparison.OrdinalIgnoreCase));

    /// <summary>Throws <see cref="ArgumentException"/> for a URL that is not one.</summary>
    public static NpgsqlConnectionStringBuilder Parse(string url)
    {
        var scheme = Schemes.FirstOrDefault(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException("not a postgres:// URL", nameof(url));
        var rest = url[scheme.Length..];
        var query = "";
        if (rest.IndexOf('?', StringComparison.Ordinal) is var q and >= 0) (rest, query) = (rest[..q], rest[(q + 1)..]);
        var (authority, database) = rest.IndexOf('/', StringComparison.Ordinal) is var slash and >= 0 ? (rest[..slash], rest[(slash + 1)..]) : (rest, "");
        var b = new NpgsqlConnectionStringBuilder();
        if (authority.LastIndexOf('@') is var at and >= 0)
        {
            var user = authority[..at];
            authority = authority[(at + 1)..];
            if (user.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0)
            {
                b.Password = Uri.UnescapeDataString(user[(colon + 1)..]);
                user = user[..colon];
            }
            if (user.Length > 0) b.Username = Uri.UnescapeDataString(user);
        }
        SetHostAndPort(b, Uri.UnescapeDataString(authority));
        if (database.Length > 0) b.Database = Uri.UnescapeDataString(database);
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0) throw new ArgumentException($"\"{pair}\" in the URL's query has no value", nameof(url));
            var (key, value) = (Uri.UnescapeDataString(pair[..eq]), Uri.UnescapeDataString(pair[(eq + 1)..]));
            switch (key.ToLowerInvariant())
            {
                case "host": b.Host = value; break;
                case "port": b.Port = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "user": b.Username = value; break;
                case "password": b.Password = value; break;
                case "dbname": b.Database = value; break;
                case "sslmode": b.SslMode = Enum.Parse<SslMode>(value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true); break;
                default: b[key] = value; break;   // Npgsql's own keywords; an unknown one throws ArgumentException
            }
        }
        return b;
    }

    private static void SetHostAndPort(NpgsqlConnectionStringBuilder b, string hostPort)
    {
        if (hostPort.Length == 0) return;
        if (hostPort.Contains(',', StringComparison.Ordinal))
        {
            b.Host = hostPort;   // several hosts, each with its own port: Npgsql reads the list itself
            return;
        }
        var host = hostPort;
        string? port = null;
        if (hostPort.StartsWith('['))
        {
            var close = hostPort.IndexOf(']', StringComparison.Ordinal);
            if (close < 0) throw new ArgumentException("unclosed [ in the URL's host", nameof(hostPort));
            host = hostPort[1..close];
            if (close + 1 < hostPort.Length && hostPort[close + 1] == ':') port = hostPort[(close + 2)..];
        }
        else if (hostPort.LastIndexOf(':') is var colon and >= 0)
        {
            (host, port) = (hostPort[..colon], hostPort[(colon + 1)..]);
        }
        if (host.Length > 0) b.Host = host;
        if (!string.IsNullOrEmpty(port))
        {
            if (!int.TryParse(port, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p) || p is < 1 or > 65535)
                throw new ArgumentException($"\"{port}\" is not a port", nameof(hostPort));
            b.Port = p;
        }
    }

    /// <summary>The URL with its password replaced by "***", for messages and logs.</summary>
    public static string Redact(string url)
    {
        if (!Is(url)) return url;
        var start = url.IndexOf("://", StringComparison.Ordinal) + 3;
        var end = url.IndexOfAny(['/', '?'], start);
        var authority = end < 0 ? url[start..] : url[start..end];
        var at = authority.LastIndexOf('@');
        var colon = at < 0 ? -1 : authority.IndexOf(':', StringComparison.Ordinal);
        var redacted = colon >= 0 && colon < at ? authority[..(colon + 1)] + "***" + authority[at..] : authority;
        var tail = end < 0 ? "" : url[end..];
        if (tail.Contains("password=", StringComparison.OrdinalIgnoreCase))
            tail = System.Text.RegularExpressions.Regex.Replace(tail, "(?i)(password=)[^&]*", "$1***");
        return url[..start] + redacted + tail;
    }
}
