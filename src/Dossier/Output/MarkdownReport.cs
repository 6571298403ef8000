using System.Text;
using Dossier.Model;

namespace Dossier.Output;

/// <summary>report.md: the report as Markdown.</summary>
public static class MarkdownReport
{
    public static string Write(AnalysisResult result)
    {
        var sink = new Sink();
        StoryReport.Render(result, sink);
        return sink.ToString();
    }

    /// <summary>One story's comparison of its outlets, as <c>dossier compare</c> prints it.</summary>
    public static string WriteComparison(Story story, IReadOnlyDictionary<string, Article> articles)
    {
        var sink = new Sink();
        sink.Heading(1, story.Title);
        sink.Paragraph($"Story {story.Id}: {story.ArticleIds.Length} article(s).");
        if (story.Comparison.IndependentSources < 2) sink.Paragraph("Only one independent source tells this story: there is nothing to compare.");
        ComparisonReport.Render(story, articles, sink, 2);
        return sink.ToString();
    }

    private sealed class Sink : IReportSink
    {
        private readonly StringBuilder _sb = new();

        public void Heading(int level, string text, string? anchor = null) => _sb.Append('#', level).Append(' ').AppendLine(Escape(text)).AppendLine();
        public void Paragraph(string text) => _sb.AppendLine(Escape(text)).AppendLine();
        public void BeginList() { }
        public void Item(string text, string? note = null, string? lead = null) =>
            _sb.Append("- ").Append(lead is null ? "" : $"**{Escape(lead)}**: ").Append(Escape(text)).AppendLine(note is null ? "" : $" _({Escape(note)})_");
        public void EndList() => _sb.AppendLine();
        public override string ToString() => _sb.ToString();

        // Markdown would read these as markup; article text must show as written.
        private static string Escape(string s)
        {
            var sb = new StringBuilder(s.Length);
            foreach (var c in s.Replace('\n', ' '))
            {
                if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|') sb.Append('\\');
                sb.Append(c);
            }
            return sb.ToString();
        }
    }
}
