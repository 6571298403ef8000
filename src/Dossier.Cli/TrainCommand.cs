using System.CommandLine;
using System.Diagnostics;
using Dossier.Entities.Tagger;

namespace Dossier.Cli;

/// <summary>`dossier train ner [--train FILE] [--out FILE] [--seed N] [--holdout N] [--mix N] [--folds N]`: trains the entity tagger and writes its model.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var cmd = new Command("train", "Train a statistical model from its benchmark's training data.");
        cmd.Subcommands.Add(Ner());
        cmd.Subcommands.Add(TrainDfCommand.Create());
        cmd.Subcommands.Add(TrainSensesCommand.Create());
        cmd.Subcommands.Add(TrainSyntaxCommand.Create());
        cmd.Subcommands.Add(QuotesModel());
        return cmd;
    }

    private static Command QuotesModel()
    {
        var train = new Option<string>("--train") { Description = "PolNeAR training split (text/ and attributions/).", DefaultValueFactory = _ => Path.Combine(EvalCommand.DefaultDir("polnear"), "train") };
        var output = new Option<string>("--out") { Description = "Model file to write.", DefaultValueFactory = _ => CommittedModel.PathOf("Quotes", "Models", "quotes.bin") };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 5 };
        var roleEpochs = new Option<int>("--role-epochs") { Description = "Passes for the role tagger (it gains from more than the cue tagger).", DefaultValueFactory = _ => 10 };
        var prune = new Option<float>("--prune") { Description = "Drop feature rows whose largest averaged weight is below this.", DefaultValueFactory = _ => 0.02f };
        var seed = new Option<int>("--seed") { Description = "Seed of the article order (training order alone moves dev content F1 by about ±0.006).", DefaultValueFactory = _ => 1 };
        var cmd = new Command("quotes", "Train the quote cue and role taggers (averaged perceptrons) on PolNeAR train.") { train, output, epochs, roleEpochs, prune, seed };
        cmd.SetAction(parse =>
        {
            var dir = parse.GetValue(train)!;
            if (!Directory.Exists(dir))
            {
                Console.Error.WriteLine($"dossier: no training split at {dir}");
                return ExitCodes.Usage;
            }
            var clock = Stopwatch.StartNew();
            var outPath = parse.GetValue(output)!;
            Dossier.Eval.QuoteEval.QuoteTrainer.Train(dir, outPath, parse.GetValue(epochs), parse.GetValue(prune),
                m => Console.Error.WriteLine($"{m} ({clock.Elapsed.TotalSeconds:F0} s)"), parse.GetValue(roleEpochs), parse.GetValue(seed));
            Console.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / 1024} KB) in {clock.Elapsed.TotalSeconds:F0} s");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static Command Ner()
    {
        var train = new Option<string>("--train") { Description = "CoNLL-2003 training file.", DefaultValueFactory = _ => Path.Combine(EvalCommand.DefaultDir("conll2003"), "train.txt") };
        var output = new Option<string>("--out") { Description = "Model file to write.", DefaultValueFactory = _ => DefaultModelPath() };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 22 };
        var prune = new Option<float>("--prune") { Description = "Drop feature rows whose largest averaged weight is below this.", DefaultValueFactory = _ => 0.05f };
        var seed = new Option<int>("--seed") { Description = "Seed of the document order.", DefaultValueFactory = _ => 1 };
        var holdout = new Option<int>("--holdout") { Description = "Cross-validation on train: hold out every Nth document, train on the rest, and print the held-out F1 after each epoch (0: off)." };
        var mix = new Option<int>("--mix") { Description = "Train this many perceptrons (seeds seed, seed+1, ...) and average their weights.", DefaultValueFactory = _ => 1 };
        var folds = new Option<int>("--folds") { Description = "Jackknife folds for the second stage's training labels (0: one stage only).", DefaultValueFactory = _ => 4 };
        var cmd = new Command("ner", "Train the named-entity tagger (averaged perceptron) on CoNLL-2003 train.txt.") { train, output, epochs, prune, seed, holdout, mix, folds };
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(train)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"dossier: no training file at {path}");
                return ExitCodes.Usage;
            }
            var clock = Stopwatch.StartNew();
            var docs = ConllCorpus.Read(path);
            var evalDir = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(path)))!;
            var clusters = ClusterLearner.Learn(UnlabeledText.Lines(evalDir, docs));
            Console.Error.WriteLine($"word clusters: {clusters.Count} words from the unlabeled text in {evalDir} ({clock.Elapsed.TotalSeconds:F0} s)");
            var every = parse.GetValue(holdout);
            var held = every > 1 ? docs.Where((_, i) => i % every == 0).ToList() : [];
            var learnFrom = every > 1 ? docs.Where((_, i) => i % every != 0).ToList() : [.. docs];
            void Score(int epoch, TaggerModel m)
            {
                if (held.Count == 0) return;
                var f1 = Dossier.Eval.ConllEval.Score(ConllTagging.Lines(held, m, iob1: true).ToList()).Overall.F1;
                Console.Error.WriteLine($"epoch {epoch}: held-out F1 {f1 * 100:F2}");
            }
            var seeds = Enumerable.Range(parse.GetValue(seed), Math.Max(1, parse.GetValue(mix))).ToArray();
            var jackknife = parse.GetValue(folds);
            var model = jackknife > 1
                ? TwoStageTrainer.Train(clusters, learnFrom, parse.GetValue(epochs), seeds, jackknife, m => Console.Error.WriteLine($"{m} ({clock.Elapsed.TotalSeconds:F0} s)"))
                : seeds.Length == 1
                ? new PerceptronTrainer(clusters).Train(learnFrom, parse.GetValue(epochs), seeds[0],
                    (e, acc) => Console.Error.WriteLine($"epoch {e}: train token accuracy {acc:P2} ({clock.Elapsed.TotalSeconds:F0} s)"), Score)
                : PerceptronTrainer.TrainMixed(clusters, learnFrom, parse.GetValue(epochs), seeds,
                    (s, e, acc) => Console.Error.WriteLine($"seed {s} epoch {e}: train token accuracy {acc:P2} ({clock.Elapsed.TotalSeconds:F0} s)"));
            Score(parse.GetValue(epochs), model);
            var outPath = parse.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
            using (var file = File.Create(outPath)) model.Save(file, parse.GetValue(prune));
            Console.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / 1024} KB) in {clock.Elapsed.TotalSeconds:F0} s");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    /// <summary>The committed model's place in the source tree, found from the CLI's build folder (.build/cli).</summary>
    private static string DefaultModelPath() =>
        CommittedModel.PathOf("Entities", "Models", "ner.bin");
}
