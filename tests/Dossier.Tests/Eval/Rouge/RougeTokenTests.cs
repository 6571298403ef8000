using Dossier.Eval.Rouge;

namespace Dossier.Tests.Eval.Rouge;

/// <summary>ROUGE-1.5.5's stemming and token filter; stems are what ROUGE's own Perl stemmer returns.</summary>
public class RougeTokenTests
{
    [Theory]
    [InlineData("connections", "connect")]
    [InlineData("agreement", "agreem")]      // ROUGE's step 4: "-ement" kept, then "-ent" still tried
    [InlineData("settlement", "settlem")]
    [InlineData("adjustment", "adjust")]
    [InlineData("generalization", "gener")]
    [InlineData("yelling", "yell")]          // initial y is a consonant
    [InlineData("yearly", "yearli")]
    [InlineData("hopping", "hop")]
    [InlineData("rating", "rate")]
    [InlineData("communication", "commun")]
    public void Should_Stem_As_Rouge_Porter_Does(string word, string stem) =>
        Assert.Equal(stem, RougePorterStemmer.Stem(word));

    [Fact]
    public void Should_Take_WordNet_Exceptions_Before_Porter()
    {
        Assert.Equal("go", RougePorterStemmer.MorphStem("went"));
        Assert.Equal("well", RougePorterStemmer.MorphStem("better"));
        Assert.Equal("leave", RougePorterStemmer.MorphStem("left"));
    }

    [Fact]
    public void Should_Stem_Only_Tokens_Longer_Than_Three_And_Drop_Hyphens()
    {
        // Given
        var tokenizer = new RougeTokenizer(Stem: true, RemoveStopwords: false);

        // When
        var tokens = tokenizer.Tokens(PerlText.Clean(PerlText.LowerAscii("He went, and saw the U.S.-led talks")));

        // Then
        Assert.Equal(["he", "go", "and", "saw", "the", "u", "s", "led", "talk"], tokens);
    }

    [Fact]
    public void Should_Remove_Smart_Stopwords_Under_S()
    {
        var tokens = new RougeTokenizer(Stem: false, RemoveStopwords: true).Tokens("the talks were held in phnom penh");
        Assert.Equal(["talks", "held", "phnom", "penh"], tokens);
    }
}
