using Dossier.Text;

namespace Dossier.Tests.Text;

public class TokenizerTests
{
    [Fact]
    public void Should_Keep_Names_Abbreviations_And_Numbers_Whole()
    {
        var t = Tokenizer.Tokenize("Mr. al-Assad's U.S. envoy counted 250,000 at 8:10am, 1.43 more.").Select(x => x.Text).ToArray();
        Assert.Equal(["Mr.", "al-Assad", "'s", "U.S.", "envoy", "counted", "250,000", "at", "8:10", "am", ",", "1.43", "more", "."], t);
    }

    [Fact]
    public void Should_Stem_With_Porter_And_Know_Stopwords()
    {
        Assert.Equal("connect", Stemmer.Stem("connections"));
        Assert.True(Stopwords.Contains("the"));
        Assert.False(Stopwords.Contains("syria"));
    }

    [Fact]
    public void Should_Normalise_Quotes_Dashes_And_Spaces()
    {
        Assert.Equal("\"a\" - 'b' c...", TextNormalizer.Normalize("“a” – ‘b’\u00A0c…"));
        Assert.Equal(TextNormalizer.ContentHash("A  b\n"), TextNormalizer.ContentHash("a b"));
    }
}
