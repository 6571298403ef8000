using System.CommandLine;

namespace Dossier.Cli;

/// <summary>The command tree. Tests build it too, so they run exactly what a user runs.</summary>
internal static class DossierCli
{
    public static RootCommand Root()
    {
        var root = new RootCommand("Dossier: multi-source news stories from a pile of articles.")
        {
            // One line per command; each lives in its own file (XxxCommand.cs).
            AnalyzeCommand.Create(),
            StagesCommand.Create(),
            EvalCommand.Create(),
            TimelineCommand.Create(),
            ClusterCommand.Create(),
            SummarizeCommand.Create(),
            RougeCommand.Create(),
            ExtractCommand.Create(),
            TrainCommand.Create(),
            NerCommand.Create(),
            QuotesCommand.Create(),
            CompareCommand.Create(),
            ServeCommand.Create(),
        };
        root.HelpName = "dossier";
        return root;
    }
}
