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
        var cmd = new Command("timeline", "Date F1 and tilse's timeline ROUGE (concat, agreement, align, align+, align+ m:1) on Timeline17, one gold timeline at a time.") { dir };
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
                $"{result.Timelines.Length} timelines: date P {result.DatePrecision:F3}  R {result.DateRecall:F3}  F1 {result.DateF1:F3}  AR-1 F {result.AR1:F3}  AR-2 F {result.AR2:F3}  ({result.Elapsed.TotalSeconds:F1} s)"));
            Console.WriteLine("ROUGE (tilse: -n 2 -x -f A -m -s; P and R averaged over timelines, F from the averages)");
            foreach (var variant in Enum.GetValues<TimelineRougeVariant>())
            {
                var s = result.Rouge(variant);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {Label(variant),-11} R-1 P {s.Rouge1.Precision:F3} R {s.Rouge1.Recall:F3} F {s.Rouge1.F:F3}   R-2 P {s.Rouge2.Precision:F3} R {s.Rouge2.Recall:F3} F {s.Rouge2.F:F3}"));
            }
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static string Label(TimelineRougeVariant v) => v switch
    {
        TimelineRougeVariant.Concat => "concat",
        TimelineRougeVariant.Agreement => "agreement",
        TimelineRougeVariant.Align => "align",
        TimelineRougeVariant.AlignPlus => "align+",
        _ => "align+ m:1",
    };
}
