using System.CommandLine;
using System.Text.Json;
using Dossier.Eval.QuoteEval;
using Dossier.Model;
using Dossier.Cli.Terminal;
using Dossier.Pipeline;

namespace Dossier.Cli;

/// <summary>
/// `dossier quotes PATHS... [--json] [--brat DIR]`: who said what in each file. A .txt file is read whole, without
/// cleaning, so that spans are offsets into the file itself (what brat annotations need); other formats go through
/// extract and clean and their offsets are into the clean text.
/// </summary>
internal static class QuotesCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (searched recursively) of articles.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print JSON lines (one quote a line) instead of text." };
        var brat = new Option<string?>("--brat") { Description = "Write one brat standoff .ann per input .txt into this folder (PolNeAR's format)." };
        var cmd = new Command("quotes", "Print the attributions (source, cue, content) found in each file.") { paths, json, brat };
        cmd.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(json), parse.GetValue(brat)));
        return cmd;
    }

    private static int Run(string[] paths, bool json, string? bratDir)
    {
        if (ArticleLoader.Files(paths) is not { } files) return ExitCodes.Usage;
        if (bratDir is not null) Directory.CreateDirectory(bratDir);
        var raw = new RawTextQuotes();
        var pipeline = new DossierPipeline();
        var any = false;
        foreach (var file in files)
        {
            if (file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            {
                var text = CodePoints.ReadText(file);
                var r = raw.Extract(text, Path.GetFileNameWithoutExtension(file));
                Print(file, text, r.Quotes, json);
                if (bratDir is not null)
                    File.WriteAllText(Path.Combine(bratDir, Path.GetFileNameWithoutExtension(file) + ".ann"), BratWriter.Write(r.Attributions, text));
                any = true;
                continue;
            }
            var (articles, rejected) = pipeline.ReadFile(file);
            foreach (var r in rejected) Reporter.Error($"rejected {r.Path}: {r.Reason} ({r.Code})");
            foreach (var article in articles)
            {
                Print(file, article.Text, pipeline.Annotate(article).Quotes, json);
                any = true;
            }
        }
        return any ? ExitCodes.Ok : ExitCodes.NothingAnalysed;
    }

    private static void Print(string file, string text, IEnumerable<Quote> quotes, bool json)
    {
        foreach (var q in quotes)
        {
            if (json)
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    file,
                    speaker = q.Speaker,
                    source = q.SpeakerSpan?.Of(text),
                    sourceSpan = q.SpeakerSpan is { } s ? new[] { s.Start, s.End } : null,
                    cue = q.CueSpan.Of(text),
                    cueSpan = new[] { q.CueSpan.Start, q.CueSpan.End },
                    content = q.ContentSpan.Of(text),
                    contentSpan = new[] { q.ContentSpan.Start, q.ContentSpan.End },
                    direct = q.Direct,
                    rule = q.Rule,
                }));
                continue;
            }
            var who = q.Speaker ?? q.SpeakerSpan?.Of(text) ?? "(unknown)";
            Console.WriteLine($"{Path.GetFileName(file)}\t{who}\t{q.CueSpan.Of(text)}\t{(q.Direct ? "direct" : "indirect")}\t{q.ContentSpan.Of(text).ReplaceLineEndings(" ")}");
        }
    }
}
