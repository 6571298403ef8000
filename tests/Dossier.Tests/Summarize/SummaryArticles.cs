using Dossier.Model;
using Dossier.Tests.Support;

namespace Dossier.Tests.Summarize;

/// <summary>
/// Seed articles for summary tests: the Assad piece of 000 (cut where the first glued teaser starts) and its rewrite
/// 001, plus the earlier reports 002 and 003. Kept apart from the Cluster tests' helper so the stages' tests stay independent.
/// </summary>
internal static class SummaryArticles
{
    public static AnnotatedArticle Assad()
    {
        var lines = TestData.SeedText("000").Split('\n');
        var cut = Array.FindIndex(lines, l => l.StartsWith("A fire caused", StringComparison.Ordinal));
        return TestData.Annotated(TestData.Article(string.Join('\n', lines[..cut]), id: "s000", published: new DateValue(2015, 8, 25)));
    }

    public static AnnotatedArticle S001() => Seed("001", new DateValue(2015, 8, 26));

    public static AnnotatedArticle S002() => Seed("002", new DateValue(2015, 7, 23));

    public static AnnotatedArticle S003() => Seed("003", new DateValue(2014, 8, 25));

    public static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static AnnotatedArticle Seed(string prefix, DateValue date) =>
        TestData.Annotated(TestData.Article(TestData.SeedText(prefix), id: "s" + prefix, published: date));
}
