using System.Collections.Immutable;
using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Cli.Terminal;
using Dossier.Ingest;
using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Text;
using Dossier.Timeline;

namespace Dossier.Cli;

/// <summary>`dossier timeline PATHS... [--dates N] [--sentences K] [--from DATE] [--to DATE] [--json]`.</summary>
internal static class TimelineCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Articles (any input format, including Timeline17's articles.json).", Arity = ArgumentArity.OneOrMore };
        var dates = new Option<int?>("--dates") { Description = "How many dates; chosen by evidence when left out." };
        var sentences = new Option<int>("--sentences") { Description = "Sentences told for each date.", DefaultValueFactory = _ => 1 };
        var from = new Option<string?>("--from") { Description = "Only dates on or after this day (YYYY-MM-DD)." };
        var to = new Option<string?>("--to") { Description = "Only dates on or before this day (YYYY-MM-DD)." };
        var json = new Option<bool>("--json") { Description = "Print a JSON list in date order: {date, text: [sentences], sources: [their articles], alsoIn: [articles saying the same]}." };
        var cmd = new Command("timeline", "The key dates of the articles' story, each told by the sentences that report it.") { paths, dates, sentences, from, to, json };
        cmd.SetAction(parse =>
        {
            var (lo, hi) = (ParseDay(parse.GetValue(from)), ParseDay(parse.GetValue(to)));
            if ((parse.GetValue(from) is not null && lo is null) || (parse.GetValue(to) is not null && hi is null))
            {
                Reporter.Error("--from and --to take a day as YYYY-MM-DD");
                return ExitCodes.Usage;
            }
            var (articles, code) = ArticleLoader.Load(parse.GetValue(paths)!);
            if (articles.Count == 0) return code;
            var tagger = new TemporalTagger();
            var annotated = articles.Select(a =>
            {
                var tokens = Tokenizer.Tokenize(a.Text);
                var times = tagger.Tag(a, tokens).Where(t => InRange(t.Value, lo, hi)).ToImmutableArray();
                return new AnnotatedArticle(a, tokens, [], times, []);
            }).ToList();
            var timeline = new TimelineBuilder().Build(annotated, parse.GetValue(dates), Math.Max(1, parse.GetValue(sentences)));
            var byId = articles.ToDictionary(a => a.Id);
            if (parse.GetValue(json)) PrintJson(timeline, byId);
            else PrintText(timeline, byId);
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static DateOnly? ParseDay(string? s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;

    private static bool InRange(DateValue? v, DateOnly? lo, DateOnly? hi)
    {
        if (lo is null && hi is null) return true;
        if (v?.Start is not DateOnly start) return false;
        return (lo is null || start >= lo) && (hi is null || start <= hi);
    }

    private static IEnumerable<string> Told(TimelineEntry e, IReadOnlyDictionary<string, Article> byId) =>
        e.Sources.Take(e.Told).Select(r => r.Span.Of(byId[r.ArticleId].Text));

    private static void PrintJson(ImmutableArray<TimelineEntry> timeline, IReadOnlyDictionary<string, Article> byId)
    {
        var items = timeline.Select(e => new
        {
            date = e.Date.ToIso(),
            text = Told(e, byId).ToArray(),
            sources = e.Sources.Take(e.Told).Select(r => r.ArticleId).ToArray(),
            alsoIn = e.Sources.Skip(e.Told).Select(r => r.ArticleId).Distinct().ToArray(),
        });
        Console.WriteLine(JsonSerializer.Serialize(items, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    private static void PrintText(ImmutableArray<TimelineEntry> timeline, IReadOnlyDictionary<string, Article> byId)
    {
        foreach (var e in timeline)
        {
            Console.WriteLine(e.Date.ToIso());
            foreach (var (text, r) in Told(e, byId).Zip(e.Sources))
                Console.WriteLine($"  {text}  [{Output.Outlets.Name(byId[r.ArticleId])}]");
        }
    }
}
