using Dossier.Cluster;
using Dossier.Tests.Support;

namespace Dossier.Tests.Cluster;

public class BackgroundFrequenciesTests
{
    [Fact]
    public void Should_Count_Documents_Per_Stem_And_Read_Back_What_It_Wrote()
    {
        // Given
        var df = BackgroundFrequencies.Build(["Rebels fired rockets.", "The rebels retreated.", "Rockets hit the rebel town."]);

        // When
        using var buffer = new MemoryStream();
        df.Write(buffer);
        buffer.Position = 0;
        var read = BackgroundFrequencies.Read(buffer);

        // Then: "rebel" is in all three, "rocket" in two, "retreat" in one (too rare to store)
        Assert.Equal(3, read.Documents);
        Assert.Equal(3, read.Frequency("rebel"));
        Assert.Equal(2, read.Frequency("rocket"));
        Assert.Equal(0, read.Frequency("retreat"));
    }

    [Fact]
    public void Should_Embed_A_Table_Of_Thousands_Of_News_Documents()
    {
        // When
        var df = BackgroundFrequencies.Embedded;

        // Then: common news words are frequent, names of one story are rare
        Assert.True(df.Documents > 4000, $"{df.Documents} documents");
        Assert.True(df.Frequency("said") > df.Documents / 2);
        Assert.True(df.Frequency("klitschko") < 10);
    }

    [Fact]
    public void Should_Read_The_Background_Corpus_Without_The_Clustering_Benchmarks()
    {
        if (!Directory.Exists(TestData.EvalDir)) return;

        // When
        var texts = BackgroundCorpus.Texts(TestData.EvalDir).Take(5000).ToList();

        // Then: Timeline17, PolNeAR and CoNLL documents; ECB+ and DUC 2006 are what clustering is measured on
        Assert.True(texts.Count > 4000, $"{texts.Count} texts");
        Assert.DoesNotContain(texts, t => t.Contains("Tara Reid", StringComparison.Ordinal));
    }
}
