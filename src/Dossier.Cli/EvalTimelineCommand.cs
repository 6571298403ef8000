using System.CommandLine;
using System.Globalization;
using Dossier.Cli.Terminal;
using Dossier.Eval.Timeline;

namespace Dossier.Cli;

/// <summary>`dossier eval timeline [DIR]`: date selection on Timeline17.</summary>
internal static class EvalTimelineCommand
{
    public static Command Create()
    {
        var dir = new Argument<string?>("dir") { Description = "Timeline17 folder (topic folders with articles.json and *.timeline.json).", Arity = ArgumentArity.ZeroOrOne };
        var cmd = new Command("timeline", "Date-selection precision, recall and F1 on Timeline17, one gold timeline at a time.") { dir };
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(dir) ?? EvalCommand.DefaultDir("timeline17");
            if (!Directory.Exists(path))
            {
                Reporter.Error($"benchmark folder not found: {path}");
                return ExitCodes.Usage;
            }
            var result = TimelineEval.Run(path, Console.WriteLine);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Timelines.Length} timelines: date P {result.DatePrecision:F3}  R {result.DateRecall:F3}  F1 {result.DateF1:F3}  ({result.Elapsed.TotalSeconds:F1} s)"));
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
