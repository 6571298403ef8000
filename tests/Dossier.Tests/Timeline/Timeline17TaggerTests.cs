using Dossier.Tests.Support;
using Dossier.Model;
using static Dossier.Tests.Timeline.TemporalTaggerSeedTests;

namespace Dossier.Tests.Timeline;

/// <summary>
/// Sentences from timeline17's EgyptianProtest_cnn articles (tokenised, as the corpus gives them), resolved against
/// the article's dct and checked by hand. Read from ../shared/eval so no corpus text is copied into the project.
/// </summary>
public class Timeline17TaggerTests
{
    [Theory]
    [InlineData("174", "Thousands of protesters spilled into the streets of Egypt on Tuesday", "Tuesday", "2011-01-25")]
    [InlineData("74", "stepped down as president of Egypt on February 11", "February 11", "2011-02-11")]
    [InlineData("141", "Aired January 25 , 2011", "January 25 , 2011", "2011-01-25")]
    [InlineData("49", "Giffords was shot in the head at a public event in Tucson", "January 8", "2011-01-08")]
    [InlineData("277", "trying to reproduce the massive demonstrations Cairo saw yesterday", "yesterday", "2011-01-25")]
    [InlineData("138", "transferred to a hospital in Houston late last week", "last week", "2011-01")]
    public void Should_Resolve_Hand_Checked_Timeline17_Sentences(string uid, string context, string expression, string expected)
    {
        // Given
        var dir = Path.Combine(TestData.EvalDir, "timeline17", "EgyptianProtest_cnn");
        if (!Directory.Exists(dir)) return;
        var source = Dossier.Eval.Timeline.Timeline17Topic.Load(dir).Articles.Single(a => a.Id.EndsWith("/" + uid, StringComparison.Ordinal));

        // When
        var times = Tag(source.Text, source.Published);

        // Then
        Assert.Equal(expected, Find(source.Text, times, context, expression).Value?.ToIso());
    }
}
