using Dossier.Eval.Rouge;

namespace Dossier.Tests.Eval.Rouge;

/// <summary>Hand-checked ROUGE-N, -L, -S/SU and -f A/B on tiny summaries (one sentence a line).</summary>
public class RougeScorerTests
{
    private static readonly RougeOptions Plain = new() { MaxNGram = 2 };

    private static RougeSummary S(string text, RougeOptions? o = null) => RougeSummary.FromText(text, o ?? Plain);

    [Fact]
    public void Should_Clip_Ngram_Hits_And_Pool_Models_Under_A()
    {
        // Given
        var peer = S("the cat the cat sat");
        var models = new[] { S("the cat sat on the mat"), S("a cat sat") };

        // When
        var r1 = RougeScorer.Score(new RougeMetric.NGram(1), peer, models, Plain);

        // Then: model 1 hits the×2, cat, sat = 4 of 6; model 2 hits cat, sat = 2 of 3; peer 5 unigrams per model
        Assert.Equal(0.66667, r1.Recall);
        Assert.Equal(0.6, r1.Precision);
        Assert.Equal(6, r1.Hits);
    }

    [Fact]
    public void Should_Keep_The_Best_Model_Under_B()
    {
        var peer = S("the cat sat");
        var models = new[] { S("the dog ran"), S("a cat sat") };
        var r = RougeScorer.Score(new RougeMetric.NGram(1), peer, models, Plain with { BestModel = true });
        Assert.Equal(0.66667, r.Recall);
        Assert.Equal(0.66667, r.Precision);
    }

    [Fact]
    public void Should_Score_Lcs_Over_Sentences()
    {
        // Given: LCS of "police killed the gunman" with "police kill the gunman" is police, the, gunman
        var peer = S("police kill the gunman");
        var model = S("police killed the gunman");

        // When
        var r = RougeScorer.Score(new RougeMetric.Lcs(), peer, [model], Plain);

        // Then
        Assert.Equal(0.75, r.Recall);
    }

    [Fact]
    public void Should_Count_Skip_Bigrams_And_Leave_Out_The_Last_Unigram_Under_Su()
    {
        // Given a b c with no gap limit: ab ac bc; SU adds a and b but not c, as ROUGE-1.5.5 does
        var tokens = new[] { "a", "b", "c" };

        // When
        var s = GramBag.SkipBigrams(tokens, -1, false);
        var su = GramBag.SkipBigrams(tokens, -1, true);
        var s0 = GramBag.SkipBigrams(tokens, 0, false);

        // Then
        Assert.Equal(3, s.Total);
        Assert.Equal(5, su.Total);
        Assert.False(su.Counts.ContainsKey("c"));
        Assert.Equal(2, s0.Total);
    }

    [Fact]
    public void Should_Cut_At_The_Word_Limit_Counting_Raw_Words()
    {
        var o = Plain with { WordLimit = 4 };
        var s = S("U.S.-led talks resumed.\nThey failed.", o);
        Assert.Equal(["u", "s", "led", "talks", "resumed", "they"], s.Tokens);
    }

    [Fact]
    public void Should_Average_Leave_One_Out_Model_Sets_When_Jackknifing()
    {
        // Given
        var peer = S("the cat sat");
        var models = new[] { S("the cat sat"), S("a cat ran"), S("the dog ran") };
        var o = Plain with { Jackknife = true };

        // When
        var jack = RougeScorer.ScoreTopic(new RougeMetric.NGram(1), peer, models, o);

        // Then: {2,3} 2/6, {1,3} 4/6, {1,2} 4/6 → mean 0.55556
        Assert.Equal(0.55556, jack.Recall);
        Assert.Equal(RougeScorer.Score(new RougeMetric.NGram(1), peer, models, Plain), RougeScorer.ScoreTopic(new RougeMetric.NGram(1), peer, models, Plain));
    }
}
