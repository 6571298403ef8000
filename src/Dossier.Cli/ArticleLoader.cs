using Dossier.Cli.Terminal;
using Dossier.Ingest;
using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Cli;

/// <summary>
/// Reads and cleans articles for the single-stage commands (timeline, …), without the store.
/// Rejections are reported on stderr; the exit code says whether anything could be read.
/// </summary>
internal static class ArticleLoader
{
    /// <summary>
    /// The files under the given paths, or null when any path does not exist (each reported on stderr):
    /// a missing path is a usage error for every command, before anything is read.
    /// </summary>
    public static IReadOnlyList<string>? Files(IEnumerable<string> paths)
    {
        var (files, missing) = FileDiscovery.Expand(paths);
        foreach (var m in missing) Reporter.Error($"no such file or folder: {m}");
        return missing.Count > 0 ? null : files;
    }

    public static (IReadOnlyList<Article> Articles, int ExitCode) Load(IEnumerable<string> paths)
    {
        if (Files(paths) is not { } files) return ([], ExitCodes.Usage);
        var pipeline = new DossierPipeline();
        var articles = new List<Article>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var (read, rejected) = pipeline.ReadFile(file);
            foreach (var r in rejected) Reporter.Error($"rejected {r.Path}: {r.Reason} ({r.Code})");
            articles.AddRange(read.Where(a => seen.Add(a.Id)));
        }
        if (articles.Count == 0) Reporter.Error("nothing could be read in the given paths");
        return (articles, articles.Count == 0 ? ExitCodes.NothingAnalysed : ExitCodes.Ok);
    }
}
