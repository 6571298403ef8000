using System.CommandLine;
using System.Diagnostics;
using Dossier.Text;

namespace Dossier.Cli;

/// <summary>`dossier train syntax [--conll FILE] [--epochs N] [--prune W] [--out FILE]`: trains the part-of-speech and chunk tagger.</summary>
internal static class TrainSyntaxCommand
{
    public static Command Create()
    {
        var conll = new Option<string>("--conll") { Description = "CoNLL-2003 column file (word POS chunk NER).", DefaultValueFactory = _ => Path.Combine(EvalCommand.DefaultDir("conll2003"), "train.txt") };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 5 };
        var prune = new Option<float>("--prune") { Description = "Drop feature rows whose largest averaged weight is below this.", DefaultValueFactory = _ => 0.01f };
        var output = new Option<string>("--out") { Description = "Model file to write.", DefaultValueFactory = _ => CommittedModel.PathOf("Text", "Models", "syntax.bin") };
        var cmd = new Command("syntax", "Train the part-of-speech and chunk tagger (averaged perceptrons) on CoNLL-2003's POS and chunk columns.") { conll, epochs, prune, output };
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(conll)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"dossier: no training file at {path}");
                return ExitCodes.Usage;
            }
            var clock = Stopwatch.StartNew();
            var sentences = ConllColumns.Read(path);
            var tagger = SyntaxTrainer.Train(sentences, parse.GetValue(epochs), m => Console.Error.WriteLine($"{m} ({clock.Elapsed.TotalSeconds:F0} s)"));
            var outPath = parse.GetValue(output)!;
            var kb = CommittedModel.Write(outPath, s => tagger.Save(s, parse.GetValue(prune)));
            Console.WriteLine($"wrote {outPath}: {sentences.Count} sentences, {sentences.Sum(s => s.Words.Count)} tokens ({kb} KB) in {clock.Elapsed.TotalSeconds:F0} s");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
