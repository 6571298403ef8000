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
        TinyWordNet.Write(dir.Path);

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
