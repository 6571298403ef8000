using System.CommandLine;
using Dossier.Text;

namespace Dossier.Cli;

/// <summary>`dossier train senses [--wordnet DIR] [--out FILE]`: writes the word-sense table the quote taggers read.</summary>
internal static class TrainSensesCommand
{
    public static Command Create()
    {
        var wordnet = new Option<string>("--wordnet") { Description = "WordNet 3.0 database folder (Debian: apt-get install wordnet-base).", DefaultValueFactory = _ => "/usr/share/wordnet" };
        var output = new Option<string>("--out") { Description = "Table to write (gzipped lemma lines).", DefaultValueFactory = _ => CommittedModel.PathOf("Text", "Models", "senses.tsv.gz") };
        var cmd = new Command("senses", "Read WordNet's verb and noun classes and verb frames into the table the quote taggers use.") { wordnet, output };
        cmd.SetAction(parse =>
        {
            var dir = parse.GetValue(wordnet)!;
            if (!File.Exists(Path.Combine(dir, "index.verb")))
            {
                Console.Error.WriteLine($"dossier: no WordNet database at {dir} (apt-get install wordnet-base)");
                return ExitCodes.Usage;
            }
            var senses = WordNetReader.Read(dir);
            var outPath = parse.GetValue(output)!;
            var kb = CommittedModel.Write(outPath, senses.Write);
            Console.WriteLine($"wrote {outPath}: {senses.Count} lemmas ({kb} KB)");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
