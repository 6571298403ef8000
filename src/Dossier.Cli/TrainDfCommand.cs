using System.CommandLine;
using System.Diagnostics;
using Dossier.Cluster;

namespace Dossier.Cli;

/// <summary>`dossier train df [--eval DIR] [--out FILE]`: counts the background document frequencies clustering weighs words with.</summary>
internal static class TrainDfCommand
{
    public static Command Create()
    {
        var eval = new Option<string>("--eval") { Description = "Benchmark folder holding the unlabeled news (timeline17, polnear, conll2003).", DefaultValueFactory = _ => Path.GetDirectoryName(EvalCommand.DefaultDir("timeline17"))! };
        var output = new Option<string>("--out") { Description = "Table to write (gzipped stem/frequency lines).", DefaultValueFactory = _ => CommittedModel.PathOf("Cluster", "Models", "df.tsv.gz") };
        var cmd = new Command("df", "Count the document frequencies of content stems in the unlabeled news of ../shared/eval (not ECB+ or DUC 2006) for clustering.") { eval, output };
        cmd.SetAction(parse =>
        {
            var dir = parse.GetValue(eval)!;
            if (!Directory.Exists(dir))
            {
                Console.Error.WriteLine($"dossier: no benchmark folder at {dir}");
                return ExitCodes.Usage;
            }
            var clock = Stopwatch.StartNew();
            var df = BackgroundFrequencies.Build(BackgroundCorpus.Texts(dir));
            var outPath = parse.GetValue(output)!;
            var kb = CommittedModel.Write(outPath, df.Write);
            Console.WriteLine($"wrote {outPath}: {df.Documents} documents, {df.Count} stems ({kb} KB) in {clock.Elapsed.TotalSeconds:F0} s");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
