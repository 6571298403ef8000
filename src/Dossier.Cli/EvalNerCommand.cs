using System.CommandLine;
using System.Diagnostics;
using Dossier.Entities.Tagger;
using Dossier.Eval;

namespace Dossier.Cli;

/// <summary>`dossier eval ner [FILE]`: conlleval's entity-level P/R/F1 (overall, per type) and tagging speed.</summary>
internal static class EvalNerCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "CoNLL-2003 file with gold tags.", DefaultValueFactory = _ => Path.Combine(EvalCommand.DefaultDir("conll2003"), "valid.txt") };
        var model = new Option<string?>("--model") { Description = "Model file instead of the built-in one." };
        var cmd = new Command("ner", "Named-entity tagger on CoNLL-2003 (default valid.txt): conlleval P/R/F1 and tokens per second.") { file, model };
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"dossier: no such file {path}");
                return ExitCodes.Usage;
            }
            var load = Stopwatch.StartNew();
            var tagger = NerCommand.LoadModel(parse.GetValue(model));
            load.Stop();
            var docs = ConllCorpus.Read(path);
            var iob1 = ConllCorpus.IsIob1(docs);
            var result = ConllEval.Score(ConllTagging.Lines(docs, tagger, iob1).ToList());
            var tokensPerSecond = Speed(docs, tagger);
            Console.WriteLine($"{Path.GetFileName(path)}: {result.Tokens} tokens, {result.Overall.Gold} phrases; found {result.Overall.Guessed}, correct {result.Overall.Correct}");
            Console.WriteLine($"accuracy {result.Accuracy:P2}");
            Console.WriteLine($"{"type",-8} {"precision",9} {"recall",9} {"F1",9} {"found",6}");
            foreach (var s in result.ByType.Prepend(result.Overall))
                Console.WriteLine($"{s.Type,-8} {s.Precision,9:P2} {s.Recall,9:P2} {s.F1 * 100,9:F2} {s.Guessed,6}");
            Console.WriteLine($"model load {load.Elapsed.TotalMilliseconds:F0} ms; tagging {tokensPerSecond:N0} tokens/s on one core");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    /// <summary>Tokens per second of the decoder alone, single-threaded, best of three passes after a warm-up.</summary>
    private static double Speed(IReadOnlyList<ConllDocument> docs, TaggerModel model)
    {
        var decoder = new ViterbiDecoder(model);
        var inputs = docs.Select(d => d.Sentences.Where(s => !s.IsDocStart).Select(s => s.Words).ToArray()).ToList();
        var tokens = inputs.Sum(d => d.Sum(s => s.Length));
        foreach (var d in inputs) decoder.Tag(d);
        var best = double.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var d in inputs) decoder.Tag(d);
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        return tokens / best;
    }
}
