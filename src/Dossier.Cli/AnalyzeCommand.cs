using System.CommandLine;
using Dossier.Cli.Terminal;

namespace Dossier.Cli;

/// <summary>`dossier analyze PATHS... [--db FILE] [--out DIR] [--serve]`.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (searched recursively) of articles: .txt, .html/.htm/.html.gz, TREC/DUC SGML, JSON lines.", Arity = ArgumentArity.OneOrMore };
        var db = new Option<string>("--db") { Description = "Store that keeps the articles between runs: an SQLite file, or postgres://user:pass@host:port/db (also postgresql://).", DefaultValueFactory = _ => "dossier.db" };
        var output = new Option<string>("--out") { Description = "Folder for stories.json, report.md and report.html.", DefaultValueFactory = _ => "dossier-out" };
        var serve = new Option<bool>("--serve") { Description = "Then browse the result: serve the store on 127.0.0.1 (a free port; the URL is printed) until Ctrl+C." };
        var cmd = new Command("analyze", "Ingest articles into the store, find their stories, and write stories.json, report.md and report.html.") { paths, db, output, serve };
        cmd.SetAction(async (parse, cancel) =>
        {
            var run = new AnalyzeRun(parse.GetValue(paths)!, parse.GetValue(db)!, parse.GetValue(output)!, new Reporter());
            var exit = run.Execute();
            if (exit != ExitCodes.Ok || !parse.GetValue(serve)) return exit;
            return await ServeCommand.Run(new Web.ServeOptions(parse.GetValue(db)!, "127.0.0.1", 0), cancel).ConfigureAwait(false);
        });
        return cmd;
    }
}
