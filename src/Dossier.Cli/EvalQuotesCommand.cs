using System.CommandLine;
using Dossier.Eval.QuoteEval;

namespace Dossier.Cli;

/// <summary>`dossier eval quotes [DIR]`: the quote stage scored on a PolNeAR split (default ../shared/eval/polnear/dev).</summary>
internal static class EvalQuotesCommand
{
    public static Command Create()
    {
        var dir = new Argument<string?>("dir") { Description = "A PolNeAR split: text/*.txt and attributions/*.ann.", Arity = ArgumentArity.ZeroOrOne };
        var model = new Option<string?>("--model") { Description = "Score with this quote model file (from `train quotes --out`) instead of the embedded one." };
        var cmd = new Command("quotes", "Score quote attribution (source, cue, content; exact and overlapping spans; whole attributions) on PolNeAR.") { dir, model };
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(dir) ?? Path.Combine(EvalCommand.DefaultDir("polnear"), "dev");
            if (PolnearBenchmark.Items(path).IsEmpty)
            {
                Console.Error.WriteLine($"dossier: no PolNeAR articles (text/*.txt with attributions/*.ann) in {path}");
                return ExitCodes.Usage;
            }
            Console.Write(PolnearBenchmark.Run(path, modelPath: parse.GetValue(model)).Format());
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
