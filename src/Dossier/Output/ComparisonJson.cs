using System.Text;
using System.Text.Json;
using Dossier.Model;

namespace Dossier.Output;

/// <summary>
/// The <c>compare</c> section of a story in stories.json (schema in the README): shared facts, exclusives per outlet
/// and event, disagreements and quote differences, each with the statements it rests on (article, sentence, span, text).
/// </summary>
public static class ComparisonJson
{
    /// <summary>A comparison on its own, as <c>dossier compare --json</c> prints it.</summary>
    public static string Write(Story story)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, StoriesJson.Options))
        {
            w.WriteStartObject();
            w.WriteString("story", story.Id);
            w.WriteString("title", story.Title);
            Write(w, story.Comparison);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    internal static void WriteSection(Utf8JsonWriter w, Comparison c)
    {
        w.WriteStartObject("compare");
        Write(w, c);
        w.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter w, Comparison c)
    {
        w.WriteNumber("outlets", c.Outlets);
        w.WriteNumber("independentSources", c.IndependentSources);
        StoriesJson.Objects(w, "shared", c.Shared, Fact);
        StoriesJson.Objects(w, "exclusives", c.Exclusives, (w, x) =>
        {
            w.WriteString("outlet", x.Outlet);
            w.WriteString("event", x.EventId);
            w.WriteNumber("total", x.Total);
            StoriesJson.Objects(w, "facts", x.Facts, Fact);
        });
        StoriesJson.Objects(w, "disagreements", c.Disagreements, (w, d) =>
        {
            w.WriteString("kind", d.Kind.ToString().ToLowerInvariant());
            w.WriteString("point", d.Point);
            w.WriteString("note", d.Note);
            w.WriteString("rule", d.Rule);
            StoriesJson.Objects(w, "sides", d.Sides, (w, s) =>
            {
                w.WriteString("outlet", s.Outlet);
                w.WriteString("says", s.Says);
                w.WriteString("reported", s.Reported?.ToIso());
                w.WritePropertyName("statement");
                w.WriteStartObject();
                Statement(w, s.Statement);
                w.WriteEndObject();
            });
        });
        StoriesJson.QuoteVariants(w, "quoteDifferences", c.QuoteDifferences);
    }

    private static void Fact(Utf8JsonWriter w, Fact f)
    {
        w.WriteString("id", f.Id);
        w.WriteString("text", f.Reports[0].Text);
        w.WriteBoolean("reportedByAll", f.ReportedByAll);
        w.WriteNumber("sources", f.Sources);
        StoriesJson.Strings(w, "outlets", f.Outlets);
        w.WriteString("firstArticle", f.FirstArticleId);
        w.WriteString("firstReported", f.FirstReported?.ToIso());
        w.WriteString("attributedTo", f.AttributedTo);
        w.WriteNumber("similarity", Math.Round(f.Similarity, 3));
        StoriesJson.Objects(w, "statements", f.Reports, Statement);
    }

    private static void Statement(Utf8JsonWriter w, Statement s)
    {
        w.WriteString("article", s.Ref.ArticleId);
        w.WriteNumber("sentence", s.Ref.Sentence);
        w.WriteNumber("start", s.Ref.Span.Start);
        w.WriteNumber("end", s.Ref.Span.End);
        w.WriteString("text", s.Text);
        w.WriteString("attributedTo", s.AttributedTo);
    }
}
