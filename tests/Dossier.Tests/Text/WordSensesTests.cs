using System.Text;
using Dossier.Tests.Support;
using Dossier.Text;

namespace Dossier.Tests.Text;

public class WordSensesTests
{
    [Fact]
    public void TheEmbeddedTableKnowsReportingVerbsInTheirInflectedForms()
    {
        var senses = WordSenses.Embedded;
        Assert.True(senses.Count > 10_000);
        // a verb of speech PolNeAR annotates once, in three forms; an irregular past; a verb of thought
        foreach (var form in new[] { "argue", "argued", "argues", "arguing", "said", "told", "pledged" })
            Assert.Equal(32, senses.Of(form).Verb); // verb.communication
        Assert.Equal(31, senses.Of("believes").Verb); // verb.cognition
        Assert.True((senses.Of("claimed").Frames & WordSenses.ThatClause) != 0);
        Assert.True((senses.Of("urged").Frames & WordSenses.SomebodyToInfinitive) != 0);
        Assert.Equal(WordSenses.NounCommunication, senses.Of("claims").Noun);
        Assert.Equal(default, senses.Of("Qwzx"));
        Assert.Equal(default, senses.Of("a"));
        Assert.Contains(senses.Notice, l => l.Contains("Princeton University", StringComparison.Ordinal));
    }

    [Fact]
    public void AnIrregularFormReadsAsItsCommonLemma()
    {
        // "felt" is also a verb of its own (to cover with felt); the past of "feel" is what news means
        Assert.Equal(WordSenses.Embedded.Of("feel").Verb, WordSenses.Embedded.Of("felt").Verb);
    }

    [Fact]
    public void ReadsAWordNetDatabaseAndWritesTheSameTableBack()
    {
        using var dir = new TempDir();
        // data.verb: two synsets of "claim" (communication with a that-clause frame; possession) and one of "felt"
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
        File.WriteAllText(Path.Combine(dir.Path, "data.verb"), data.ToString());
        File.WriteAllText(Path.Combine(dir.Path, "index.verb"),
            "  1 This software and database is being provided\n" +
            $"claim v 2 0 2 1 {lines[0].Id} {lines[1].Id}  \n" +
            $"feel v 1 0 1 1 {lines[3].Id}  \n" +
            $"felt v 1 0 1 0 {lines[2].Id}  \n");
        var noun = "00000000 10 n 01 claim 0 000 | an assertion  \n";
        File.WriteAllText(Path.Combine(dir.Path, "data.noun"), noun);
        File.WriteAllText(Path.Combine(dir.Path, "index.noun"), "claim n 1 0 1 1 00000000  \n");
        File.WriteAllText(Path.Combine(dir.Path, "verb.exc"), "felt feel\n");

        var senses = WordNetReader.Read(dir.Path);
        var claims = senses.Of("claims");
        Assert.Equal(32, claims.Verb);
        Assert.Equal((1 << (32 - 29)) | (1 << (40 - 29)), claims.VerbClasses);
        Assert.Equal(WordSenses.ThatClause, claims.Frames);
        Assert.Equal(WordSenses.NounCommunication, claims.Noun);
        Assert.Equal(37, senses.Of("felt").Verb);

        using var bytes = new MemoryStream();
        senses.Write(bytes);
        bytes.Position = 0;
        var back = WordSenses.Read(bytes);
        Assert.Equal(claims, back.Of("claimed") with { Noun = claims.Noun });
        Assert.Equal(37, back.Of("felt").Verb);
        Assert.Equal(["This software and database is being provided"], back.Notice);
    }
}
