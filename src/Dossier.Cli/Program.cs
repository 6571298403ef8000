using System.CommandLine;
using Dossier.Cli;

var root = new RootCommand("Dossier: multi-source news stories from a pile of articles.")
{
    // One line per command; each lives in its own file (XxxCommand.cs).
    AnalyzeCommand.Create(),
    StagesCommand.Create(),
    EvalCommand.Create(),
    QuotesCommand.Create(),
};
root.HelpName = "dossier";
return await root.Parse(args).InvokeAsync();
