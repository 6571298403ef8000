using Dossier.Tests.Support;

namespace Dossier.Tests.Quotes;

/// <summary>Where reported content begins and ends, and which parts it has, as PolNeAR marks them.</summary>
public class ContentEdgeTests
{
    [Theory]
    // an aside: the words before the source are content too, in a part of their own
    [InlineData("Climate change, Mr. Obama often says, is the greatest long-term threat facing the world.", "often says", "Climate change|is the greatest long-term threat facing the world")]
    // a question word before the source is the content's first part
    [InlineData("The deal amounted to what the senators said was economic gerrymandering.", "said", "what|was economic gerrymandering")]
    // a head that only links to the sentence before is the writer's
    [InlineData("Still, the minister said, the talks would go on.", "said", "the talks would go on")]
    public void Should_Give_The_Content_Its_Parts(string text, string cue, string parts)
    {
        // Given / When
        var quotes = QuoteRun.Of(text).Where(q => q.Cue == cue).OrderBy(q => q.ContentSpan.Start);

        // Then
        Assert.Equal(parts, string.Join("|", quotes.Select(q => q.Text)));
    }
}
