using Dossier.Model;

namespace Dossier.Output;

/// <summary>
/// The "How the outlets differ" part of a story's report: what every source of an event reports, what several
/// report, what only one does, where they disagree and who quotes differently. Every item quotes the statements
/// it rests on with their outlets, so a reader can check it.
/// </summary>
internal static class ComparisonReport
{
    public const int SharedShown = 10;

    /// <summary>Exclusive facts shown per outlet and event, the most salient (stories.json keeps more).</summary>
    public const int ExclusivesShown = 10;

    public static void Render(Story s, IReadOnlyDictionary<string, Article> articles, IReportSink sink, int level)
    {
        var c = s.Comparison;
        if (c.IndependentSources < 2) return;
        sink.Heading(level, "How the outlets differ");
        sink.Paragraph($"{c.Outlets} outlet(s), {c.IndependentSources} independent source(s) (an outlet's copies and syndicated copies count once); " +
                       $"{c.Shared.Length} fact(s) reported by more than one source, {c.Disagreements.Length} disagreement(s).");
        var sub = level + 1;
        Section(sink, sub, "Reported by every outlet of the event", c.Shared.Where(f => f.ReportedByAll).Take(SharedShown), f => FactItem(sink, f, articles));
        Section(sink, sub, "Reported by several outlets", c.Shared.Where(f => !f.ReportedByAll).Take(SharedShown), f => FactItem(sink, f, articles));
        Section(sink, sub, "Only one outlet reports", c.Exclusives.SelectMany(x => x.Facts.Take(ExclusivesShown).OrderBy(f => f.Reports[0].Ref.Sentence).Select(f => (x, f))), p =>
            sink.Item(p.f.Reports[0].Text, $"{p.x.Total} such fact(s) in {p.x.EventId}; {Where(p.f.Reports[0], articles)}", $"only {p.x.Outlet}"));
        Section(sink, sub, "Disagreements", c.Disagreements, d =>
            sink.Item(string.Join(" | ", d.Sides.Select(x => $"{x.Outlet} ({x.Reported?.ToIso() ?? "date unknown"}): \"{x.Statement.Text}\"")),
                d.Note + "; " + string.Join(", ", d.Sides.Select(x => Where(x.Statement, articles))), $"{Kind(d.Kind)}: {d.Point}"));
        string Name(QuoteVersion q) => articles.TryGetValue(q.ArticleId, out var qa) ? Outlets.Name(qa) : q.ArticleId;
        Section(sink, sub, "Quoted differently", c.QuoteDifferences.OrderBy(v => Name(v.First)).ThenBy(v => Name(v.Second)), v =>
            sink.Item($"{Version(v.First)} | {Version(v.Second)}", Changes(v), $"{Name(v.First)} vs {Name(v.Second)}"));
    }

    private static void FactItem(IReportSink sink, Fact f, IReadOnlyDictionary<string, Article> articles)
    {
        var first = f.FirstArticleId is string id && articles.TryGetValue(id, out var a) ? $"first: {Outlets.Name(a)}, {f.FirstReported?.ToIso()}" : "first report unknown (undated)";
        var who = f.AttributedTo is null ? "stated by the outlets" : $"attributed to {f.AttributedTo}";
        sink.Item(f.Reports[0].Text, $"{string.Join("; ", f.Outlets)}; {first}; {who}; {string.Join(", ", f.Reports.Select(r => Where(r, articles)))}", $"{f.Sources} sources");
    }

    private static string Where(Statement st, IReadOnlyDictionary<string, Article> articles) =>
        $"{(articles.TryGetValue(st.Ref.ArticleId, out var a) ? Path.GetFileName(a.Path) : st.Ref.ArticleId)} sentence {st.Ref.Sentence + 1}";

    private static string Kind(DisagreementKind k) => k switch
    {
        DisagreementKind.Figures => "different figures",
        DisagreementKind.FigureChange => "a figure that changed between reports",
        DisagreementKind.Denial => "claim and denial",
        _ => "opposite framing",
    };

    internal static string Version(QuoteVersion v) => (v.Frame.Length > 0 ? v.Frame + " " : "") + $"\"{v.Text}\"";

    /// <summary>The differences that change what was said; spelling and punctuation are not listed.</summary>
    internal static string Changes(QuoteVariant v) =>
        "differs: " + string.Join(", ", v.Changes.Where(c => c.Meaningful).Select(c => c.Kind switch
        {
            WordChangeKind.Dropped => $"only the first has \"{c.First}\"",
            WordChangeKind.Added => $"only the second has \"{c.Second}\"",
            _ => $"\"{c.First}\" / \"{c.Second}\"",
        }));

    private static void Section<T>(IReportSink sink, int level, string title, IEnumerable<T> items, Action<T> item) => StoryReport.Section(sink, title, items, item, level);
}
