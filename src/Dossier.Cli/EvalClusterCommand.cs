using System.CommandLine;
using Dossier.Cli.Terminal;
using Dossier.Eval.Cluster;

namespace Dossier.Cli;

/// <summary>`dossier eval cluster [DIR]`: events and stories against ECB+ (and DUC 2006 topics when no DIR is given).</summary>
internal static class EvalClusterCommand
{
    public static Command Create()
    {
        var dir = new Argument<string?>("dir") { Description = "ECB+ folder (docs/ + gold.tsv), or a folder whose subfolders are one story each. Default: ../shared/eval/ecbplus, then ../shared/eval/duc2006/docs.", Arity = ArgumentArity.ZeroOrOne };
        var cmd = new Command("cluster", "B-cubed and pairwise precision, recall and F1 of events and stories.") { dir };
        cmd.SetAction(parse =>
        {
            var dirs = parse.GetValue(dir) is string d ? [d] : new[] { EvalCommand.DefaultDir("ecbplus"), Path.Combine(EvalCommand.DefaultDir("duc2006"), "docs") };
            var found = dirs.Where(Directory.Exists).ToList();
            if (found.Count == 0)
            {
                Reporter.Error($"benchmark folder not found: {string.Join(", ", dirs)}");
                return ExitCodes.Usage;
            }
            var reporter = new Reporter();
            foreach (var path in found)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var bench = reporter.WithProgress(p => ClusterEval.Load(path, p.Task("Clustering " + path)));
                var r = ClusterEval.Score(bench, clock: clock);
                Console.WriteLine($"{path}: {r.Documents} documents -> {r.Events} events, {r.Stories} stories ({r.Elapsed.TotalSeconds:F1} s)");
                Console.WriteLine($"  events   B-cubed  {r.EventBCubed}   pairwise {r.EventPairwise}");
                Console.WriteLine($"  stories  B-cubed  {r.TopicBCubed}   pairwise {r.TopicPairwise}");
                if (LinkageCeiling.Events(bench) is { } ceiling)
                    Console.WriteLine(FormattableString.Invariant($"  events ceiling of the article vectors: B-cubed {ceiling.Best} (offline average link, threshold {ceiling.Threshold:F3} chosen in hindsight on the gold)"));
            }
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
