using System.CommandLine;

namespace Dossier.Cli;

/// <summary>`dossier eval STAGE [DIR]`: runs a stage against its public benchmark in ../shared/eval and prints the figures.</summary>
internal static class EvalCommand
{
    /// <summary>The benchmark default folder, relative to the repository root's sibling shared/ folder.</summary>
    public static string DefaultDir(string name) =>
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "shared", "eval", name)) is var beside && Directory.Exists(beside)
            ? beside
            : Path.Combine("..", "shared", "eval", name);

    public static Command Create()
    {
        var cmd = new Command("eval", "Measure a stage on its benchmark (../shared/eval) and print the figures.");
        // One line per stage benchmark; each lives in its own file (EvalXxxCommand.cs).
        Command[] stages =
        [
            EvalTimelineCommand.Create(),
            EvalClusterCommand.Create(),
            EvalExtractCommand.Create(),
            EvalNerCommand.Create(),
            EvalSyntaxCommand.Create(),
            EvalQuotesCommand.Create(),
            EvalDuc2006Command.Create(),
            EvalCompareCommand.Create(),
        ];
        foreach (var s in stages) cmd.Subcommands.Add(s);
        return cmd;
    }
}
