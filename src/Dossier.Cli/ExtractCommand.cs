using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Extract;

namespace Dossier.Cli;

/// <summary>`dossier extract PATHS... [--jsonl]`: title, byline, date and body of each HTML page.</summary>
internal static class ExtractCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "HTML pages (.html, .htm, .html.gz, or HTML in any file), or folders searched recursively.", Arity = ArgumentArity.OneOrMore };
        var jsonl = new Option<bool>("--jsonl") { Description = "One JSON object per page and line instead of a readable rendering." };
        var cmd = new Command("extract", "Extract the article (title, byline, date, language, body) from news pages.") { paths, jsonl };
        cmd.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(jsonl)));
        return cmd;
    }

    private static int Run(string[] paths, bool jsonl)
    {
        var extractor = new HtmlExtractor();
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : (IEnumerable<string>)[p]).ToList();
        var failed = 0;
        foreach (var file in files)
        {
            var r = File.Exists(file) ? PageFileExtractor.Extract(file, extractor) : new PageFileResult(file, null, "no such file");
            if (r.Error is not null) failed++;
            Console.WriteLine(jsonl ? JsonSerializer.Serialize(ToJson(r), Json) : Render(r));
        }
        if (failed > 0) Console.Error.WriteLine($"dossier: {failed} of {files.Count} files gave no article");
        return failed == files.Count ? ExitCodes.NothingAnalysed : ExitCodes.Ok;
    }

    private static Dictionary<string, object?> ToJson(PageFileResult r)
    {
        var p = r.Page;
        var o = new Dictionary<string, object?>
        {
            ["path"] = r.Path,
            ["url"] = p?.Url,
            ["title"] = p?.Title,
            ["byline"] = p?.Byline,
            ["published"] = p?.Published?.ToString(),
            ["language"] = p?.Language,
        };
        if (r.Error is null) o["text"] = p?.Text;
        else o["error"] = r.Error;
        return o;
    }

    private static string Render(PageFileResult r)
    {
        var p = r.Page;
        var lines = new List<string> { $"== {r.Path}" };
        if (p?.Title is { } t) lines.Add($"Title:     {t}");
        if (p?.Byline is { } b) lines.Add($"By:        {b}");
        if (p?.Published is { } d) lines.Add($"Published: {d}");
        if (p?.Language is { } l) lines.Add($"Language:  {l}");
        if (p?.Url is { } u) lines.Add($"URL:       {u}");
        lines.Add("");
        lines.Add(r.Error is null ? p!.Text! : $"error: {r.Error}");
        lines.Add("");
        return string.Join('\n', lines);
    }
}
