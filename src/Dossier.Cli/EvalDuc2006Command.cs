using System.CommandLine;
using Dossier.Cli.Terminal;
using Dossier.Eval.Summary;

namespace Dossier.Cli;

/// <summary>`dossier eval duc2006 [DIR]`: the summarizer against the DUC 2006 systems, scored as NIST did.</summary>
internal static class EvalDuc2006Command
{
    public static Command Create()
    {
        var dir = new Argument<string?>("dir") { Description = "DUC 2006 folder (topics.sgml, docs/, models/, peers/).", Arity = ArgumentArity.ZeroOrOne };
        var cmd = new Command("duc2006", "ROUGE-2 and ROUGE-SU4 recall of 250-word query-focused summaries, with every DUC 2006 system ranked.") { dir };
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(dir) ?? EvalCommand.DefaultDir("duc2006");
            if (!File.Exists(Path.Combine(path, "topics.sgml")))
            {
                Reporter.Error($"benchmark folder not found: {path}");
                return ExitCodes.Usage;
            }
            var r = Duc2006Eval.Run(path, line => Reporter.Error(line));
            Console.WriteLine($"{r.Topics} topics; ROUGE-1.5.5 -n 2 -x -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -l 250, jackknifed over the 4 models");
            Console.WriteLine($"{"rank",4}  {"system",-10} {"ROUGE-2",8} {"SU4",8}  topics");
            var rank = 0;
            foreach (var s in r.Systems)
                Console.WriteLine($"{++rank,4}  {(s.Id == Duc2006Eval.DossierId ? "* " : "  ") + s.Id,-10} {s.Rouge2,8:F4} {s.Su4,8:F4}  {s.Topics}");
            Console.WriteLine($"summarising took {r.SummarizeTime.TotalSeconds:F1} s; everything {r.Elapsed.TotalSeconds:F1} s");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
