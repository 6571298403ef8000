using System.CommandLine;
using Dossier.Entities.Tagger;

namespace Dossier.Cli;

/// <summary>`dossier ner --conll FILE [--model FILE]`: tags a CoNLL-2003 file and prints "token gold predicted" lines.</summary>
internal static class NerCommand
{
    public static Command Create()
    {
        var conll = new Option<string>("--conll") { Description = "CoNLL-2003 file (token POS chunk NER) to tag.", Required = true };
        var model = new Option<string?>("--model") { Description = "Model file instead of the built-in one." };
        var cmd = new Command("ner", "Tag a CoNLL-2003 file; one `token gold predicted` line per token line, as conlleval reads.") { conll, model };
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(conll)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"dossier: no such file {path}");
                return ExitCodes.Usage;
            }
            var docs = ConllCorpus.Read(path);
            var lines = ConllTagging.Lines(docs, LoadModel(parse.GetValue(model)), ConllCorpus.IsIob1(docs)).ToList();
            // line for line with the input: no closing blank line where the file has none
            if (lines is [.., ""] && !string.IsNullOrWhiteSpace(File.ReadLines(path).LastOrDefault())) lines.RemoveAt(lines.Count - 1);
            using var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
            foreach (var line in lines) output.WriteLine(line);
            return ExitCodes.Ok;
        });
        return cmd;
    }

    public static TaggerModel LoadModel(string? path)
    {
        if (path is null) return NerModel.Default;
        using var file = File.OpenRead(path);
        return TaggerModel.Load(file);
    }
}
