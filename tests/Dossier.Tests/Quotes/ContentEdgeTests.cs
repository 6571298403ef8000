using Dossier.Quotes;
using Dossier.Quotes.Learned;
using Dossier.Text;
using Dossier.Text.Learning;
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

/// <summary>The content-edge rankers weigh the edges the content came with (the role tagger's or a sieve's).</summary>
public class ContentEdgeVoteTests
{
    private static (QuoteContext Context, TokenFacts Facts) Read(string text)
    {
        var article = TestData.Article(text);
        var c = QuoteContext.Create(article, Tokenizer.Tokenize(article.Text), []);
        return (c, new TokenFacts(c));
    }

    private static int Index(QuoteContext c, string word) => Enumerable.Range(0, c.Count).First(i => c[i].Text == word);

    [Fact]
    public void Should_Take_The_Proposed_Edge_Where_The_Ranker_Cannot_Tell()
    {
        // Given: an untrained ranker scores every candidate alike
        var (c, f) = Read("Officials said the plan would work and the money would come soon.");
        var blank = HashedPerceptron.ForTraining(1);
        var said = Index(c, "said");
        var (_, end) = QuoteTagger.Window(c, said, said);
        var cueStarts = new HashSet<int> { said };

        // When
        var unproposed = ContentEnds.Best(blank, c, f, said, said, said + 1, end, cueStarts);
        var proposed = ContentEnds.Best(blank, c, f, said, said, said + 1, end, cueStarts, proposed: Index(c, "work"));
        var tagged = ContentEnds.Best(blank, c, f, said, said, said + 1, end, cueStarts, proposed: Index(c, "work"), tagged: Index(c, "soon"));
        var start = ContentStarts.Best(blank, c, f, said, said, said + 1, end - 1, after: true, proposed: Index(c, "plan"));

        // Then: the first word without a proposal; the proposal; the role tagger's end where it outvotes a sieve's
        Assert.Equal(said + 1, unproposed);
        Assert.Equal("work", c[proposed].Text);
        Assert.Equal("soon", c[tagged].Text);
        Assert.Equal("plan", c[start].Text);
    }
}
