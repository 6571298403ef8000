using System.Collections.Immutable;
using Dossier.Model;
using Dossier.Tests.Support;
using Dossier.Text;
using Dossier.Timeline;

namespace Dossier.Tests.Timeline;

public class TemporalTaggerSeedTests
{
    // Seeds live in ../shared beside the repository; without them these tests pass vacuously rather than fail.
    internal static ImmutableArray<TimeExpression> Tag(string text, DateValue? published)
    {
        var article = TestData.Article(text, published: published);
        return new TemporalTagger().Tag(article, Tokenizer.Tokenize(article.Text));
    }

    /// <summary>The expression whose sentence contains <paramref name="context"/> and whose text is <paramref name="expression"/>.</summary>
    internal static TimeExpression Find(string text, ImmutableArray<TimeExpression> times, string context, string expression)
    {
        var article = TestData.Article(text);
        var sentence = article.Sentences.First(s => s.Text.Contains(context, StringComparison.Ordinal));
        return times.Single(t => t.Sentence == sentence.Index && t.Text.Contains(expression, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Resolve_Weekdays_And_Last_Month_In_Seed_002()
    {
        // Given
        if (!Directory.Exists(TestData.SeedsDir)) return;
        var text = TestData.SeedText("002");

        // When
        var times = Tag(text, new DateValue(2015, 7, 23));

        // Then
        Assert.Equal("2015-07-23", Find(text, times, "al-Moallem said Thursday", "Thursday").Value?.ToIso());
        Assert.Equal("2015-07-22", Find(text, times, "Earlier on Wednesday", "Wednesday").Value?.ToIso());
        var lastMonth = Find(text, times, "Last month, Putin", "Last month");
        Assert.Equal("2015-06", lastMonth.Value?.ToIso());
        Assert.Equal(DateGranularity.Month, lastMonth.Value?.Granularity);
        Assert.True(lastMonth.Relative);
        Assert.Equal("July 23, 2015", times.First().Text);
        Assert.Equal("2015-07-23", times.First().Value?.ToIso());
    }

    [Fact]
    public void Should_Resolve_Broadcast_On_Tuesday_In_Seed_000()
    {
        // Given
        if (!Directory.Exists(TestData.SeedsDir)) return;
        var text = TestData.SeedText("000");

        // When
        var times = Tag(text, new DateValue(2015, 8, 26));

        // Then
        var tuesday = Find(text, times, "In an interview broadcast on Tuesday", "Tuesday");
        Assert.Equal("2015-08-25", tuesday.Value?.ToIso());
        Assert.Equal("weekday", tuesday.Rule);
        Assert.Equal("Tuesday", TestData.Article(text).Text[tuesday.Span.Start..tuesday.Span.End]);
    }

    [Fact]
    public void Should_Keep_Year_Unknown_Without_Anchor_In_Seed_003()
    {
        // Given
        if (!Directory.Exists(TestData.SeedsDir)) return;
        var text = TestData.SeedText("003");

        // When
        var times = Tag(text, published: null);

        // Then
        var august = Find(text, times, "since the August 19 release", "August 19");
        Assert.Equal(new DateValue(null, 8, 19), august.Value);
        Assert.Equal("XXXX-08-19", august.Value?.ToIso());
        var monday = Find(text, times, "its Foreign Minister said on Monday", "Monday");
        Assert.Null(monday.Value);
        Assert.True(monday.Relative);
    }

    [Fact]
    public void Should_Resolve_Month_Days_To_The_Nearest_Year_In_Seed_004()
    {
        // Given
        if (!Directory.Exists(TestData.SeedsDir)) return;
        var text = TestData.SeedText("004");

        // When
        var times = Tag(text, new DateValue(2017, 1, 9));

        // Then
        Assert.Equal("2017-01-23", Find(text, times, "Astana on Jan. 23", "Jan. 23").Value?.ToIso());
        Assert.Equal("2016-12-30", Find(text, times, "came into force on Dec. 30", "Dec. 30").Value?.ToIso());
        var y2012 = Find(text, times, "eastern districts in 2012", "2012");
        Assert.Equal(new DateValue(2012), y2012.Value);
        Assert.Equal(DateGranularity.Year, y2012.Value?.Granularity);
        Assert.False(y2012.Relative);
        Assert.Equal("2016-12", Find(text, times, "recapture of Aleppo last month", "last month").Value?.ToIso());
        Assert.Equal("2017-01-09", Find(text, times, "remarks published Monday", "Monday").Value?.ToIso());
        Assert.Equal("2017-01-08", Find(text, times, "Raqqa on Sunday", "Sunday").Value?.ToIso());
        Assert.Equal("2017-01", Find(text, times, "later this month in Kazakhstan", "this month").Value?.ToIso());
    }

    [Fact]
    public void Should_Tag_Sentence_Index_And_Spans_Into_The_Article()
    {
        // Given
        if (!Directory.Exists(TestData.SeedsDir)) return;
        var text = TestData.SeedText("004");
        var article = TestData.Article(text, published: new DateValue(2017, 1, 9));

        // When
        var times = new TemporalTagger().Tag(article, Tokenizer.Tokenize(article.Text));

        // Then
        Assert.NotEmpty(times);
        foreach (var t in times)
        {
            Assert.Equal(t.Text, article.Text[t.Span.Start..t.Span.End]);
            Assert.True(article.Sentences[t.Sentence].Span.Contains(t.Span.Start));
            Assert.False(string.IsNullOrEmpty(t.Rule));
        }
    }
}
