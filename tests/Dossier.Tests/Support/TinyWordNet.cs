using System.Text;

namespace Dossier.Tests.Support;

/// <summary>WordNet test data for the word-sense reader and the `train senses` command.</summary>
public static class TinyWordNet
{
    /// <summary>
    /// A WordNet database of four verb synsets and one noun synset in WordNet's own layout (byte offsets, licence header):
    /// "claim" (communication with a that-clause frame; possession), "felt" and "feel", and the noun "claim".
    /// </summary>
    public static void Write(string path)
    {
        var data = new StringBuilder();
        var lines = new List<(string Id, string Text)>();
        void Synset(string lex, string words, string frames, string gloss)
        {
            var offset = Encoding.ASCII.GetByteCount(data.ToString());
            var line = $"{offset:D8} {lex} v {words} 000 {frames}| {gloss}  \n";
            data.Append(line);
            lines.Add(($"{offset:D8}", line));
        }
        Synset("32", "01 claim 0", "02 + 08 00 + 26 00 ", "assert");
        Synset("40", "01 claim 0", "01 + 08 00 ", "lay claim to");
        Synset("35", "01 felt 0", "01 + 08 00 ", "cover with felt");
        Synset("37", "01 feel 0", "01 + 26 00 ", "have a feeling");
        File.WriteAllText(Path.Combine(path, "data.verb"), data.ToString());
        File.WriteAllText(Path.Combine(path, "index.verb"),
            "  1 This software and database is being provided\n" +
            $"claim v 2 0 2 1 {lines[0].Id} {lines[1].Id}  \n" +
            $"feel v 1 0 1 1 {lines[3].Id}  \n" +
            $"felt v 1 0 1 0 {lines[2].Id}  \n");
        var noun = "00000000 10 n 01 claim 0 000 | an assertion  \n";
        File.WriteAllText(Path.Combine(path, "data.noun"), noun);
        File.WriteAllText(Path.Combine(path, "index.noun"), "claim n 1 0 1 1 00000000  \n");
        File.WriteAllText(Path.Combine(path, "verb.exc"), "felt feel\n");
    }
}
