using System.CommandLine;
using System.Globalization;
using Dossier.Cli.Terminal;
using Dossier.Eval.Compare;

namespace Dossier.Cli;

/// <summary>`dossier eval compare [DIR] [--labels FILE] [--sample N]`: precision of alignment and disagreements on the BP oil spill coverage.</summary>
internal static class EvalCompareCommand
{
    public static Command Create()
    {
        var dir = new Argument<string?>("dir") { Description = "Timeline17 folder holding the bpoil_* outlet folders.", Arity = ArgumentArity.ZeroOrOne };
        var labels = new Option<string?>("--labels") { Description = "Hand labels to score against (default: the ones committed with Dossier)." };
        var sample = new Option<int>("--sample") { Description = "Also print N unlabelled items of each kind (statement ids and texts), to judge by hand." };
        var errors = new Option<bool>("--errors") { Description = "Also print the produced items a label says are wrong." };
        var seed = new Option<int>("--seed") { Description = "Seed of the --sample draw.", DefaultValueFactory = _ => 1 };
        var cmd = new Command("compare", "Precision of statement alignment and of disagreements across the four BP oil spill outlets of Timeline17, on hand-labelled pairs.") { dir, labels, sample, seed, errors };
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(dir) ?? EvalCommand.DefaultDir("timeline17");
            if (!CompareEval.Folders.Any(f => Directory.Exists(Path.Combine(path, f))))
            {
                Reporter.Error($"benchmark folders not found: {path}/bpoil_*");
                return ExitCodes.Usage;
            }
            var labelled = CompareLabel.Load(parse.GetValue(labels));
            var r = CompareEval.Run(path, labelled, m => Console.Error.WriteLine(m));
            var inv = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(inv, $"{r.Articles} articles, {r.Outlets} outlets: {r.Facts} facts reported by two or more, {r.Aligned.Length} aligned pairs, {r.Disagreements.Length} disagreements ({string.Join(", ", r.Disagreements.GroupBy(d => d.Kind).Select(g => $"{g.Count()} {g.Key}"))}); {r.Elapsed.TotalSeconds:F1} s"));
            Console.WriteLine(string.Create(inv, $"alignment precision     {r.Alignment.Precision:F3}  ({r.Alignment.Correct}/{r.Alignment.Produced} labelled pairs still produced; {r.Alignment.Labelled} labelled)"));
            Console.WriteLine(string.Create(inv, $"disagreement precision  {r.Disagreement.Precision:F3}  ({r.Disagreement.Correct}/{r.Disagreement.Produced} labelled disagreements still produced; {r.Disagreement.Labelled} labelled)"));
            foreach (var (rule, score) in r.ByRule)
                Console.WriteLine(string.Create(inv, $"  {rule,-21} {score.Precision:F3}  ({score.Correct}/{score.Produced} labelled still produced; {score.Labelled} labelled)"));
            if (parse.GetValue(errors))
            {
                var wrong = labelled.Where(l => !l.Correct).Select(l => l.Key).ToHashSet();
                foreach (var item in r.Aligned.Concat(r.Disagreements).Where(i => wrong.Contains(i.Key)))
                    Console.WriteLine($"WRONG {item.Kind}\t{item.FirstId}\t{item.SecondId}\t{item.Detail}\n    1: {item.First.Text}\n    2: {item.Second.Text}");
            }
            if (parse.GetValue(sample) is int n and > 0)
            {
                foreach (var item in CompareEval.Unlabelled(r.Aligned, labelled, n, parse.GetValue(seed)).Concat(CompareEval.Unlabelled(r.Disagreements, labelled, n, parse.GetValue(seed))))
                    Console.WriteLine($"{item.Kind}\t{item.FirstId}\t{item.SecondId}\t?\t{item.Detail}\n    1: {item.First.Text}\n    2: {item.Second.Text}");
            }
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
