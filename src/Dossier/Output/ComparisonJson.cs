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
        w.WriteStartArray("shared");
        foreach (var f in c.Shared) Fact(w, f);
        w.WriteEndArray();
        w.WriteStartArray("exclusives");
        foreach (var x in c.Exclusives)
        {
            w.WriteStartObject();
            w.WriteString("outlet", x.Outlet);
            w.WriteString("event", x.EventId);
            w.WriteNumber("total", x.Total);
            w.WriteStartArray("facts");
            foreach (var f in x.Facts) Fact(w, f);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("disagreements");
        foreach (var d in c.Disagreements)
        {
            w.WriteStartObject();
            w.WriteString("kind", d.Kind.ToString().ToLowerInvariant());
            w.WriteString("point", d.Point);
            w.WriteString("note", d.Note);
            w.WriteString("rule", d.Rule);
            w.WriteStartArray("sides");
            foreach (var s in d.Sides)
            {
                w.WriteStartObject();
                w.WriteString("outlet", s.Outlet);
                w.WriteString("says", s.Says);
                w.WriteString("reported", s.Reported?.ToIso());
                w.WritePropertyName("statement");
                Statement(w, s.Statement);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        StoriesJson.QuoteVariants(w, "quoteDifferences", c.QuoteDifferences);
    }

    private static void Fact(Utf8JsonWriter w, Fact f)
    {
        w.WriteStartObject();
        w.WriteString("id", f.Id);
        w.WriteString("text", f.Reports[0].Text);
        w.WriteBoolean("reportedByAll", f.ReportedByAll);
        w.WriteNumber("sources", f.Sources);
        w.WriteStartArray("outlets");
        foreach (var o in f.Outlets) w.WriteStringValue(o);
        w.WriteEndArray();
        w.WriteString("firstArticle", f.FirstArticleId);
        w.WriteString("firstReported", f.FirstReported?.ToIso());
        w.WriteString("attributedTo", f.AttributedTo);
        w.WriteNumber("similarity", Math.Round(f.Similarity, 3));
        w.WriteStartArray("statements");
        foreach (var s in f.Reports) Statement(w, s);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Statement(Utf8JsonWriter w, Statement s)
    {
        w.WriteStartObject();
        w.WriteString("article", s.Ref.ArticleId);
        w.WriteNumber("sentence", s.Ref.Sentence);
        w.WriteNumber("start", s.Ref.Span.Start);
        w.WriteNumber("end", s.Ref.Span.End);
        w.WriteString("text", s.Text);
        w.WriteString("attributedTo", s.AttributedTo);
        w.WriteEndObject();
    }
}
