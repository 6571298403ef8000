using System.CommandLine;
using System.Diagnostics;
using Dossier.Eval;
using Dossier.Text;

namespace Dossier.Cli;

/// <summary>`dossier eval syntax [FILE] [--model FILE]`: part-of-speech accuracy, chunk P/R/F1 (overall, per type) and tagging speed.</summary>
internal static class EvalSyntaxCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "CoNLL-2003 file with gold POS and chunk columns.", DefaultValueFactory = _ => Path.Combine(EvalCommand.DefaultDir("conll2003"), "valid.txt") };
        var model = new Option<string?>("--model") { Description = "Model file instead of the built-in one." };
        var cmd = new Command("syntax", "Part-of-speech and chunk tagger on CoNLL-2003 (default valid.txt): tag accuracy, chunk P/R/F1 and tokens per second.") { file, model };
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"dossier: no such file {path}");
                return ExitCodes.Usage;
            }
            var modelPath = parse.GetValue(model);
            if (modelPath is not null && !File.Exists(modelPath))
            {
                Console.Error.WriteLine($"dossier: no such model {modelPath}");
                return ExitCodes.Usage;
            }
            var load = Stopwatch.StartNew();
            var tagger = modelPath is null ? SyntaxTagger.Embedded : SyntaxTagger.FromFile(modelPath);
            load.Stop();
            if (tagger is null)
            {
                Console.Error.WriteLine("dossier: this build carries no syntax model (dossier train syntax writes one)");
                return ExitCodes.Usage;
            }
            var sentences = ConllColumns.Read(path);
            var result = SyntaxEval.Score(tagger, sentences);
            var chunks = result.Chunks;
            Console.WriteLine($"{Path.GetFileName(path)}: {result.Tokens} tokens, {chunks.Overall.Gold} chunks; found {chunks.Overall.Guessed}, correct {chunks.Overall.Correct}");
            Console.WriteLine($"part-of-speech accuracy {result.PosAccuracy:P2}");
            Console.WriteLine($"{"chunk",-8} {"precision",9} {"recall",9} {"F1",9} {"found",6}");
            foreach (var s in chunks.ByType.Prepend(chunks.Overall))
                Console.WriteLine($"{s.Type,-8} {s.Precision,9:P2} {s.Recall,9:P2} {s.F1 * 100,9:F2} {s.Guessed,6}");
            Console.WriteLine($"model load {load.Elapsed.TotalMilliseconds:F0} ms; tagging {Speed(tagger, sentences):N0} tokens/s on one core");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    /// <summary>Tokens per second of both taggers, single-threaded, best of three passes after a warm-up (the machine may be shared).</summary>
    private static double Speed(SyntaxTagger tagger, IReadOnlyList<TaggedSentence> sentences)
    {
        var tokens = sentences.Sum(s => s.Words.Count);
        void Pass() { foreach (var s in sentences) tagger.Labels(s.Words); }
        Pass();
        var best = double.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var clock = Stopwatch.StartNew();
            Pass();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        return tokens / best;
    }
}
