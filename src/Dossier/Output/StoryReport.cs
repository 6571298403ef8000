using Dossier.Model;

namespace Dossier.Output;

/// <summary>Walks an analysis result in reading order: per story the summary with its sources, the timeline,
/// who said what, the entities, the events and the outlets that covered it; then what was rejected.</summary>
internal static class StoryReport
{
    public static void Render(AnalysisResult result, IReportSink sink)
    {
        var articles = result.Articles.ToDictionary(a => a.Id);
        string Src(IEnumerable<string> ids) => string.Join("; ", Outlets.Of(ids, articles));
        var multi = result.Stories.Where(s => s.ArticleIds.Length > 1).Count();
        sink.Heading(1, "Dossier report");
        sink.Paragraph($"{result.Articles.Length} articles, {result.Stories.Length} stories ({multi} told by more than one article), {result.Rejected.Length} inputs rejected.");

        foreach (var s in result.Stories)
        {
            var outlets = Outlets.Of(s.ArticleIds, articles).ToList();
            sink.Heading(2, s.Title, s.Id);
            var dates = s.Events.Where(e => e.Date is not null).Select(e => e.Date!.ToIso()).Order().ToList();
            sink.Paragraph($"{s.ArticleIds.Length} article(s) from {outlets.Count} outlet(s)" + (dates.Count > 0 ? $", {dates[0]} to {dates[^1]}" : "") + $". Story {s.Id}.");

            Section(sink, "Summary", s.Summary, x => sink.Item(x.Text, "sources: " + Src(x.Support.Prepend(x.Origin).Select(r => r.ArticleId).Distinct())));
            Section(sink, "Timeline", s.Timeline, t => sink.Item(t.Text, "sources: " + Src(t.Sources.Select(r => r.ArticleId).Distinct()), t.Date.ToIso()));

            if (s.Quotes.Length > 0)
            {
                sink.Heading(3, "Who said what");
                foreach (var g in s.Quotes.GroupBy(q => q.Speaker ?? "unattributed"))
                {
                    sink.Paragraph(g.Key);
                    sink.BeginList();
                    foreach (var q in g)
                        sink.Item(q.Direct ? $"\"{q.Text}\"" : q.Text, $"{q.Cue}, {(articles.TryGetValue(q.ArticleId, out var a) ? Outlets.Name(a) : q.ArticleId)}", q.Direct ? "direct" : "indirect");
                    sink.EndList();
                }
            }
            Section(sink, "Who is in the story", s.Entities.Take(30), e =>
                sink.Item(e.Name + (e.Aliases.Length > 1 ? " (also: " + string.Join(", ", e.Aliases.Where(x => x != e.Name)) + ")" : ""),
                    $"{e.ArticleIds.Length} article(s): {Src(e.ArticleIds)}", StoriesJson.TypeName(e.Type)));
            ComparisonReport.Render(s, articles, sink, 3);
            Section(sink, "Events", s.Events, e => sink.Item(e.Title, Src(e.ArticleIds), e.Date?.ToIso() ?? "date unknown"));
            Section(sink, "Coverage", s.ArticleIds.Select(id => articles[id]), a =>
                sink.Item(a.Title ?? FirstWords(a.Text), $"{a.Path}" + (a.FragmentOf is not null ? ", split from a glued page" : "") + (a.Truncated ? ", cut off" : ""),
                    Outlets.Name(a) + (a.Published is not null ? ", " + a.Published.ToIso() : "")));
        }

        Section(sink, "Rejected inputs", result.Rejected, r => sink.Item(r.Reason, r.Code, r.Path), level: 2);
    }

    private static void Section<T>(IReportSink sink, string title, IEnumerable<T> items, Action<T> item, int level = 3)
    {
        var list = items.ToList();
        if (list.Count == 0) return;
        sink.Heading(level, title);
        sink.BeginList();
        foreach (var x in list) item(x);
        sink.EndList();
    }

    internal static string FirstWords(string text, int n = 12)
    {
        var words = text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(n)) + (words.Length > n ? " ..." : "");
    }
}
