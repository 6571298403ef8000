using System.CommandLine;
using Dossier.Cli;

var root = new RootCommand("Dossier: multi-source news stories from a pile of articles.")
{
    AnalyzeCommand.Create(),
    StagesCommand.Create(),
};
root.HelpName = "dossier";
return await root.Parse(args).InvokeAsync();
