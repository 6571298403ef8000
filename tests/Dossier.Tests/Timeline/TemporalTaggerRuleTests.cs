using Dossier.Model;
using static Dossier.Tests.Timeline.TemporalTaggerSeedTests;

namespace Dossier.Tests.Timeline;

public class TemporalTaggerRuleTests
{
    private static readonly DateValue Thursday = new(2015, 7, 23);

    private static string? Single(string text, DateValue? anchor = null) =>
        Assert.Single(Tag(text, anchor ?? Thursday)).Value?.ToIso();

    [Theory]
    [InlineData("Talks opened on 22 April in Geneva.", "2015-04-22")]
    [InlineData("The video appeared on Aug 19 online.", "2015-08-19")]
    [InlineData("It ended on August 19th.", "2015-08-19")]
    [InlineData("The filing is dated 2011-04-22 in court.", "2011-04-22")]
    [InlineData("It was signed on July 23, 2015, in Vienna.", "2015-07-23")]
    [InlineData("Prices rose in June 2014 sharply.", "2014-06")]
    [InlineData("Rebels took the town in 2012, officials said.", "2012")]
    [InlineData("Turnout fell last year, the board said.", "2014")]
    [InlineData("The deal was reached on the 3rd of March 2010.", "2010-03-03")]
    [InlineData("The protest began in March, he said.", "2015-03")]
    [InlineData("The troops arrived in November, he said.", "2014-11")]
    public void Should_Resolve_Absolute_Dates(string text, string expected)
    {
        // Given a sentence with one date, anchored on Thursday 2015-07-23
        // When
        var value = Single(text);

        // Then
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("The minister spoke yesterday.", "2015-07-22")]
    [InlineData("The minister speaks today.", "2015-07-23")]
    [InlineData("The minister speaks tomorrow.", "2015-07-24")]
    [InlineData("The minister visited on Tuesday.", "2015-07-21")]
    [InlineData("The minister will visit on Tuesday.", "2015-07-28")]
    [InlineData("Talks are scheduled for Monday.", "2015-07-27")]
    [InlineData("The upcoming talks on Friday may fail.", "2015-07-24")]
    [InlineData("He arrives next Monday.", "2015-07-27")]
    [InlineData("He left last Thursday.", "2015-07-16")]
    [InlineData("He said Thursday that talks failed.", "2015-07-23")]
    [InlineData("The rally was held a week ago.", "2015-07-16")]
    [InlineData("Prices rose this month.", "2015-07")]
    [InlineData("Prices rose earlier this year.", "2015")]
    [InlineData("Prices rose last month.", "2015-06")]
    [InlineData("Prices rose three years ago.", "2012")]
    [InlineData("The vote came last week.", "2015-07")]
    [InlineData("The vote came on Tuesday last week.", "2015-07-14")]
    [InlineData("The shops will shut on Christmas Day.", "2015-12-25")]
    public void Should_Resolve_Relative_Dates_Against_The_Anchor(string text, string expected)
    {
        // Given a sentence with one relative date, anchored on Thursday 2015-07-23
        // When
        var value = Single(text);

        // Then
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("The minister visited on Tuesday.")]
    [InlineData("He left last week.")]
    [InlineData("It rained yesterday.")]
    public void Should_Tag_Relative_Dates_Without_Value_When_Unanchored(string text)
    {
        // Given no publication date
        // When
        var t = Assert.Single(Tag(text, published: null));

        // Then
        Assert.Null(t.Value);
        Assert.True(t.Relative);
    }

    [Theory]
    [InlineData("Trump may distance the U.S. from the rebels.")]
    [InlineData("May we go now, he asked.")]
    [InlineData("Protesters march through the city.")]
    [InlineData("March organisers said 2000 people came.")]
    [InlineData("The story ran in the Sun and the Sunday Times.")]
    [InlineData("He was reading USA Today at the time.")]
    [InlineData("He was a guest on Piers Morgan Tonight, it emerged.")]
    [InlineData("Turnout rose by 2000 votes and 150 seats.")]
    [InlineData("Theresa May 5 times refused.")]
    [InlineData("The Good Friday agreement held.")]
    [InlineData("Prices rose sharply over the last year.")]
    public void Should_Not_Tag_Words_That_Only_Look_Like_Dates(string text)
    {
        // Given a sentence with a modal "may", a verb "march", a newspaper or a bare number
        // When
        var times = Tag(text, Thursday);

        // Then
        Assert.Empty(times);
    }
}
