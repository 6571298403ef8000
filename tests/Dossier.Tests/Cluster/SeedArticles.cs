using Dossier.Model;
using Dossier.Tests.Support;

namespace Dossier.Tests.Cluster;

/// <summary>
/// The five seeds as annotated articles, dated as published. Seed 000 is a crawl that glued four unrelated
/// teasers after the Assad piece; it is cut at the line where each teaser starts, as the cleaner will.
/// </summary>
internal static class SeedArticles
{
    public static readonly DateValue AssadInterview = new(2015, 8, 25);
    public static readonly DateValue TeaserDay = new(2025, 3, 28);

    private static readonly string[] TeaserStarts = ["A fire caused", "DITCH TACTICS", "US Vice President", "Japan unveiled"];
    public static readonly string[] TeaserIds = ["fire", "kenya", "vance", "japan"];

    public static AnnotatedArticle Assad() => Parts000(null)[0];

    /// <summary>All nine pieces without publication dates, as the cleaner leaves most of them: only words can decide.</summary>
    public static IReadOnlyList<AnnotatedArticle> AllUndated() =>
        [.. new[] { Assad() }.Concat(Teasers()).Concat([S001(), S002(), S003(), S004()])
            .Select(a => a with { Article = a.Article with { Published = null } })];

    /// <summary>The four teasers of 000, dated <paramref name="date"/> (default: when they were really published).</summary>
    public static IReadOnlyList<AnnotatedArticle> Teasers(DateValue? date = null) => Parts000(date ?? TeaserDay)[1..];

    public static AnnotatedArticle S001() => Seed("001", AssadInterview with { Day = 26 }, "Little hope for Syrian regime to join anti-ISIS coalition");

    public static AnnotatedArticle S002() => Seed("002", new DateValue(2015, 7, 23), "Syrian FM backs Putin's proposal of regional alliance against ISIL");

    public static AnnotatedArticle S003() => Seed("003", new DateValue(2014, 8, 25), "U.S. rejects Bashar al-Assad's offer to cooperate with West against terrorism");

    public static AnnotatedArticle S004() => Seed("004", new DateValue(2017, 1, 9), "Syria's Assad Ready to 'Negotiate Everything' with Rebels");

    private static AnnotatedArticle Seed(string prefix, DateValue date, string title) =>
        TestData.Annotated(TestData.Article(TestData.SeedText(prefix), id: "s" + prefix, published: date, title: title));

    private static AnnotatedArticle[] Parts000(DateValue? teaserDate)
    {
        var lines = TestData.SeedText("000").Split('\n');
        var cuts = TeaserStarts.Select(s => Array.FindIndex(lines, l => l.StartsWith(s, StringComparison.Ordinal))).Append(lines.Length).ToArray();
        var assad = TestData.Article(string.Join('\n', lines[..cuts[0]]), id: "s000", published: AssadInterview);
        var teasers = TeaserIds.Select((id, i) =>
            TestData.Article(string.Join('\n', lines[cuts[i]..cuts[i + 1]]), id: id, published: teaserDate ?? AssadInterview));
        return [.. new[] { assad }.Concat(teasers).Select(TestData.Annotated)];
    }
}
