using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Summarize;

namespace Dossier.Cli;

/// <summary>`dossier summarize PATHS... [--query TEXT] [--words N | --bytes N] [--json]`.</summary>
internal static class SummarizeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Articles to summarise together (files or folders, any input format).", Arity = ArgumentArity.OneOrMore };
        var query = new Option<string?>("--query") { Description = "Focus the summary on this question or topic." };
        var words = new Option<int?>("--words") { Description = "Length limit in words (default 100)." };
        var bytes = new Option<int?>("--bytes") { Description = "Length limit in bytes (UTF-8), instead of words." };
        var json = new Option<bool>("--json") { Description = "Each sentence with the articles (and outlets) it came from, including articles that say the same in other words." };
        var cmd = new Command("summarize", "A multi-document summary of the given articles, one sentence per line.") { paths, query, words, bytes, json };
        cmd.Validators.Add(r =>
        {
            if (r.GetValue(words) is not null && r.GetValue(bytes) is not null) r.AddError("--words and --bytes exclude each other.");
        });
        cmd.SetAction(parse =>
        {
            var (articles, code) = ArticleLoader.Load(parse.GetValue(paths)!);
            if (articles.Count == 0) return code;
            // Pieces the cleaner split off a page (teasers of other stories glued on by the crawler) are not what was
            // asked about; summarise them only when nothing else was given.
            if (articles.Any(a => a.FragmentOf is null)) articles = [.. articles.Where(a => a.FragmentOf is null)];
            var pipeline = new DossierPipeline();
            var annotated = articles.Select(a => pipeline.Annotate(a)).ToList();
            var byteLimit = parse.GetValue(bytes);
            // A byte budget is met by asking for enough words (news averages about six bytes a word) and cutting after.
            var wordLimit = parse.GetValue(words) ?? (byteLimit is int b ? Math.Max(1, b / 4) : 100);
            var summary = new Summarizer().Summarize(annotated, wordLimit, parse.GetValue(query));
            if (byteLimit is int limit) summary = [.. WithinBytes(summary, limit)];
            var byId = articles.ToDictionary(a => a.Id);
            if (parse.GetValue(json))
            {
                var items = summary.Select(s =>
                {
                    var ids = s.Support.Prepend(s.Origin).Select(r => r.ArticleId).Distinct().ToArray();
                    return new { text = s.Text, articles = ids, outlets = Output.Outlets.Of(ids, byId).ToArray(), paths = ids.Select(id => byId[id].Path).Distinct().ToArray() };
                });
                Console.WriteLine(JsonSerializer.Serialize(items, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            }
            else
            {
                foreach (var s in summary) Console.WriteLine(s.Text);
            }
            return ExitCodes.Ok;
        });
        return cmd;
    }

    /// <summary>Whole sentences while they fit; the last one is cut at the byte limit, as ROUGE's -b truncation would.</summary>
    private static IEnumerable<SummarySentence> WithinBytes(IEnumerable<SummarySentence> summary, int limit)
    {
        var used = 0;
        foreach (var s in summary)
        {
            var size = Encoding.UTF8.GetByteCount(s.Text) + (used > 0 ? 1 : 0);
            if (used + size <= limit) { used += size; yield return s; continue; }
            var room = limit - used - (used > 0 ? 1 : 0);
            if (room > 0)
            {
                var cut = s.Text;
                while (Encoding.UTF8.GetByteCount(cut) > room) cut = cut[..^1];
                if (cut.Length > 0) yield return s with { Text = cut };
            }
            yield break;
        }
    }
}
