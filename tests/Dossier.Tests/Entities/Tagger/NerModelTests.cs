using System.Diagnostics;
using Dossier.Entities.Tagger;

namespace Dossier.Tests.Entities.Tagger;

/// <summary>The committed model: it loads from the assembly quickly and tags plain news sentences sensibly.</summary>
public sealed class NerModelTests
{
    [Fact]
    public void Should_Load_The_Embedded_Model_In_Under_A_Second()
    {
        // Given the resource / When loaded afresh
        var clock = Stopwatch.StartNew();
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(NerModel.ResourceName);
        Assert.NotNull(stream);
        var model = TaggerModel.Load(stream);
        clock.Stop();

        // Then it took under a second
        Assert.NotNull(model);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"load took {clock.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public void Should_Tag_People_Places_Organisations_And_Nationalities()
    {
        // Given a news sentence in CoNLL tokenisation
        string[] words = ["German", "Chancellor", "Helmut", "Kohl", "met", "officials", "of", "the", "European", "Commission", "in", "Brussels", "on", "Monday", "."];

        // When tagged with the committed model
        var labels = new ViterbiDecoder(NerModel.Default).Tag([words])[0];
        var tags = NerLabels.ToTags(labels, iob1: false);

        // Then each name has its CoNLL type
        Assert.Equal("B-MISC", tags[0]);
        Assert.Equal(["B-PER", "I-PER"], tags[2..4]);
        Assert.Equal(["B-ORG", "I-ORG"], tags[8..10]);
        Assert.Equal("B-LOC", tags[11]);
        Assert.Equal("O", tags[13]);
    }
}
