namespace Dossier.Web;

/// <summary>
/// Where the browser reads and listens. Loopback by default: the store may hold unpublished material,
/// so other interfaces are opened only when asked for by name. Port 0 takes any free port.
/// </summary>
public sealed record ServeOptions(string DbPath, string Host = "127.0.0.1", int Port = 8080);
