using System.CommandLine;
using System.Diagnostics;
using AngleSharp.Html.Parser;
using Dossier.Eval.Extraction;
using Dossier.Extract;

namespace Dossier.Cli;

/// <summary>
/// `dossier eval extract [DIR]`: body precision / recall / F1 on the article-extraction benchmark (as its
/// evaluate.py computes them), the same for every tool in other-tools/, the worst pages, then speed
/// against SmartReader on the same pages in this process.
/// </summary>
internal static class EvalExtractCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "The benchmark folder.", DefaultValueFactory = _ => EvalCommand.DefaultDir("article-extraction") };
        var worst = new Option<int>("--worst") { Description = "How many of the pages furthest from the truth to list.", DefaultValueFactory = _ => 10 };
        var noSpeed = new Option<bool>("--no-speed") { Description = "Skip the throughput comparison." };
        var cmd = new Command("extract", "Article body extraction on the Zyte article-extraction benchmark, against other tools and SmartReader.") { dir, worst, noSpeed };
        cmd.SetAction(parse => Run(parse.GetValue(dir)!, parse.GetValue(worst), !parse.GetValue(noSpeed)));
        return cmd;
    }

    private static int Run(string dir, int worstCount, bool speed)
    {
        if (!File.Exists(Path.Combine(dir, "ground-truth.json")))
        {
            Console.Error.WriteLine($"dossier: no ground-truth.json in {dir}");
            return ExitCodes.Usage;
        }
        var bench = ExtractionBenchmark.Load(dir);
        var extractor = new HtmlExtractor();
        var ours = bench.Pages.ToDictionary(p => p.Id, p => extractor.Extract(p.Html).Text);
        var overlaps = bench.Score(p => ours[p.Id]);

        Console.WriteLine($"Article body on {bench.Pages.Count} pages ({dir}); 4-token shingles as evaluate.py");
        Console.WriteLine($"{"tool",-26} {"F1",6} {"P",6} {"R",6}");
        var rows = new List<(string Tool, ExtractionScore Score)> { ("dossier", ExtractionMetric.Aggregate(overlaps)) };
        if (speed) rows.Add(("SmartReader (in process)", ExtractionMetric.Aggregate(bench.Score(p => SafeSmartReader(p.Html)))));
        foreach (var (tool, bodies) in bench.OtherTools())
            rows.Add((tool, ExtractionMetric.Aggregate(bench.Score(p => bodies.GetValueOrDefault(p.Id)))));
        foreach (var (tool, s) in rows.OrderByDescending(r => r.Score.F1))
            Console.WriteLine($"{(tool == "dossier" ? "* dossier" : tool),-26} {s.F1,6:F3} {s.Precision,6:F3} {s.Recall,6:F3}");

        Console.WriteLine();
        Console.WriteLine($"Pages furthest from the truth (F1 P R, page id):");
        foreach (var (page, o) in bench.Pages.Zip(overlaps).OrderBy(x => ExtractionMetric.F1(x.Second)).Take(worstCount))
            Console.WriteLine($"  {ExtractionMetric.F1(o):F3} {ExtractionMetric.Precision(o):F3} {ExtractionMetric.Recall(o):F3}  {page.Id[..12]}  {(ours[page.Id] is null ? "(no text)" : "")}");

        if (speed) PrintSpeed(bench, extractor);
        return ExitCodes.Ok;
    }

    private static void PrintSpeed(ExtractionBenchmark bench, HtmlExtractor extractor)
    {
        var html = bench.Pages.Select(p => p.Html).ToList();
        Console.WriteLine();
        Console.WriteLine($"Speed on the same {html.Count} pages in this process, {Environment.ProcessorCount} cores, best of 3 alternating rounds (pages/s):");
        // SmartReader's TextContent is what corresponds to our body text, so it is asked for.
        var results = ThroughputMeter.Measure(
        [
            new("AngleSharp parse only", h => new HtmlParser().ParseDocument(h)),
            new("dossier", h => extractor.Extract(h).Text),
            new("SmartReader", h => SafeSmartReader(h)),
        ], html);
        var (dossier, smart) = (results[1], results[2]);
        foreach (var t in results)
            Console.WriteLine($"  {t.Name,-22} {t.SingleThread,8:F0} per CPU-second on one thread {t.AllCores,8:F0} on all cores ({t.AllCores / t.SingleThread:F2}×)");
        Console.WriteLine($"  dossier / SmartReader: {dossier.SingleThread / smart.SingleThread:F2}× single-threaded, {dossier.AllCores / smart.AllCores:F2}× all cores");
        var timings = new ExtractionTimings();
        foreach (var h in html) extractor.Extract(h, timings);
        var phases = Enum.GetValues<ExtractionPhase>().Select(p => $"{p.ToString().ToLowerInvariant()} {100 * timings[p] / timings.Total:F0}%");
        Console.WriteLine($"  dossier time by phase (one pass, Stopwatch): {string.Join(", ", phases)}; lenient passes ran on {timings.LenientPages} of {html.Count} pages");
    }

    private static string? SafeSmartReader(string html)
    {
        // The (uri, text) constructor reads the given text; the two-string ParseArticle would fetch the URI.
        try { return new SmartReader.Reader("https://example.com/", html).GetArticle().TextContent; }
        catch (Exception e) when (e is not OutOfMemoryException) { Debug.WriteLine(e.Message); return null; }
    }
}
