namespace Dossier.Ingest;

/// <summary>Expands the paths a user gives (files or folders, recursively) into files, in a stable order.</summary>
public static class FileDiscovery
{
    /// <summary>Files under the given paths, ordinal-sorted within each path; missing paths are returned separately.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in paths)
        {
            if (File.Exists(p))
            {
                if (seen.Add(Path.GetFullPath(p))) files.Add(p);
            }
            else if (Directory.Exists(p))
            {
                var found = Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal);
                foreach (var f in found)
                    if (seen.Add(Path.GetFullPath(f))) files.Add(f);
            }
            else
            {
                missing.Add(p);
            }
        }
        return (files, missing);
    }
}
