using Dossier.Dedup;

namespace Dossier.Tests.Dedup;

public class WordShinglesTests
{
    private const ulong Seed = 7;

    [Fact]
    public void Should_Ignore_Case_Punctuation_And_Spacing()
    {
        var a = WordShingles.Of("The minister said: \"We will not leave.\"", 4, Seed);
        var b = WordShingles.Of("the Minister said   we will NOT leave", 4, Seed);
        Assert.Equal(a, b);
        Assert.Equal(1.0, WordShingles.Jaccard(a, b));
    }

    [Fact]
    public void Should_Give_The_Same_Hashes_In_Every_Process()
    {
        // pinned: stored band keys are only comparable if hashing never changes (string.GetHashCode would)
        Assert.Equal(3944864200387603941UL, WordShingles.Of("one two three four", 4, Seed).Single());
    }

    [Fact]
    public void Should_Score_Jaccard_Of_The_Shingle_Sets()
    {
        // six words: three 4-shingles; changing the last word keeps two of them
        var a = WordShingles.Of("a b c d e f", 4, Seed);
        var b = WordShingles.Of("a b c d e g", 4, Seed);
        Assert.Equal(3, a.Length);
        Assert.Equal(2.0 / 4, WordShingles.Jaccard(a, b), 6);
    }

    [Fact]
    public void Should_Make_One_Shingle_Of_A_Text_Shorter_Than_A_Shingle_And_None_Of_No_Words()
    {
        Assert.Single(WordShingles.Of("two words", 4, Seed));
        Assert.Empty(WordShingles.Of(" ... ", 4, Seed));
    }
}
