using System.Text.Json;
using Dossier.Eval.Extraction;
using Dossier.Extract;
using Dossier.Ingest;
using Dossier.Model;
using Dossier.Tests.Support;
using Xunit.Abstractions;

namespace Dossier.Tests.Extract;

/// <summary>
/// Title and publication date on benchmark pages annotated by hand (Cases/metadata-expected.json: the
/// headline as the page shows it, the publication day as the page shows or declares it, null when the
/// page gives none). Skips when ../shared/eval is absent.
/// </summary>
public class HtmlExtractorBenchmarkMetadataTests(ITestOutputHelper output)
{
    private const double MinShareRight = 0.95;

    [Fact]
    public void Should_Get_Title_And_Date_Right_On_The_Hand_Annotated_Pages()
    {
        var dir = Path.Combine(TestData.EvalDir, "article-extraction", "html");
        if (!Directory.Exists(dir)) return;
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestData.RepoRoot, "tests", "Dossier.Tests", "Extract", "Cases", "metadata-expected.json")));
        var extractor = new HtmlExtractor();
        int pages = 0, titles = 0, dates = 0;
        foreach (var page in expected.RootElement.EnumerateObject())
        {
            var html = DocumentReader.Read(Path.Combine(dir, page.Name + ".html.gz")).Documents.Single().Content;
            var got = extractor.Extract(html);
            pages++;
            var title = page.Value.GetProperty("title").GetString();
            var date = page.Value.GetProperty("published").GetString();
            if (SameWords(title, got.Title)) titles++;
            else output.WriteLine($"{page.Name[..12]} title: expected '{title}', got '{got.Title}'");
            if (SameDay(date, got.Published)) dates++;
            else output.WriteLine($"{page.Name[..12]} date: expected {date ?? "none"}, got {got.Published?.ToIso() ?? "none"}");
        }
        output.WriteLine($"{pages} pages: titles {titles}, dates {dates}");
        Assert.True(titles >= MinShareRight * pages, $"titles right on {titles} of {pages}");
        Assert.True(dates >= MinShareRight * pages, $"dates right on {dates} of {pages}");
    }

    /// <summary>Titles match when their words do: quotes, dashes and case vary between a page's h1, og:title and JSON-LD.</summary>
    private static bool SameWords(string? expected, string? got) =>
        ExtractionMetric.Tokens((expected ?? "").ToLowerInvariant()).SequenceEqual(ExtractionMetric.Tokens((got ?? "").ToLowerInvariant()));

    /// <summary>
    /// Same day, or one day off: a page may show the local day while its markup declares UTC
    /// ("Nov 18, 9:24 pm" ET is 02:24 UTC on the 19th), and both are the publication date.
    /// </summary>
    private static bool SameDay(string? expected, DateValue? got)
    {
        if (expected is null) return got is null;
        if (got is not { Year: { } y, Month: { } m, Day: { } d }) return false;
        return Math.Abs((DateOnly.ParseExact(expected, "yyyy-MM-dd").DayNumber - new DateOnly(y, m, d).DayNumber)) <= 1;
    }
}
