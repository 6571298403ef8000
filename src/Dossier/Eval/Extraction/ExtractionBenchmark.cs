using System.Text.Json;
using Dossier.Ingest;

namespace Dossier.Eval.Extraction;

/// <summary>One benchmark page: its id, its decoded HTML, and the true article body.</summary>
public sealed record BenchmarkPage(string Id, string Path, string Html, string Truth);

/// <summary>
/// The article-extraction benchmark folder: ground-truth.json (id → articleBody), html/ID.html.gz, and
/// other-tools/NAME.json (id → articleBody, what each other extractor produced).
/// </summary>
public sealed record ExtractionBenchmark(string Dir, IReadOnlyList<BenchmarkPage> Pages)
{
    public static ExtractionBenchmark Load(string dir)
    {
        var truth = ReadBodies(Path.Combine(dir, "ground-truth.json"));
        var pages = new List<BenchmarkPage>();
        foreach (var (id, body) in truth)
        {
            var path = Path.Combine(dir, "html", id + ".html.gz");
            // The same reader the extract command uses, so the benchmark measures what users get.
            var html = File.Exists(path) ? DocumentReader.Read(path).Documents.FirstOrDefault()?.Content : null;
            if (html is not null) pages.Add(new BenchmarkPage(id, path, html, body ?? ""));
        }
        return new ExtractionBenchmark(dir, pages);
    }

    /// <summary>Each other tool's output, by tool name (file stem), in name order.</summary>
    public IEnumerable<(string Tool, IReadOnlyDictionary<string, string?> Bodies)> OtherTools()
    {
        var folder = Path.Combine(Dir, "other-tools");
        if (!Directory.Exists(folder)) yield break;
        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
            yield return (Path.GetFileNameWithoutExtension(file), ReadBodies(file));
    }

    /// <summary>Scores bodies against the truth; a page the tool has no entry for counts as an empty prediction.</summary>
    public IReadOnlyList<TokenOverlap> Score(Func<BenchmarkPage, string?> predicted) =>
        [.. Pages.Select(p => ExtractionMetric.Compare(p.Truth, predicted(p)))];

    private static Dictionary<string, string?> ReadBodies(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
        var bodies = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var page in doc.RootElement.EnumerateObject())
            bodies[page.Name] = page.Value.ValueKind == JsonValueKind.Object && page.Value.TryGetProperty("articleBody", out var b)
                && b.ValueKind == JsonValueKind.String ? b.GetString() : null;
        return bodies;
    }
}
