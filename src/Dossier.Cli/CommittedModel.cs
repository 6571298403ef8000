namespace Dossier.Cli;

/// <summary>Where the `train` commands write the models and tables the engine embeds, and how.</summary>
internal static class CommittedModel
{
    /// <summary>A file under src/Dossier in the source tree, found from the CLI's build folder (.build/cli).</summary>
    public static string PathOf(params string[] underEngine) =>
        Path.GetFullPath(Path.Combine([AppContext.BaseDirectory, "..", "..", "src", "Dossier", .. underEngine]));

    /// <summary>Writes the file (creating its folder) and returns its size in KB for the command's report.</summary>
    public static long Write(string path, Action<Stream> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using (var file = File.Create(path)) write(file);
        return new FileInfo(path).Length / 1024;
    }
}
