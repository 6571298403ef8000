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
        Array(w, "shared", c.Shared, Fact);
        Array(w, "exclusives", c.Exclusives, (w, x) =>
        {
            w.WriteString("outlet", x.Outlet);
            w.WriteString("event", x.EventId);
            w.WriteNumber("total", x.Total);
            Array(w, "facts", x.Facts, Fact);
        });
        Array(w, "disagreements", c.Disagreements, (w, d) =>
        {
            w.WriteString("kind", d.Kind.ToString().ToLowerInvariant());
            w.WriteString("point", d.Point);
            w.WriteString("note", d.Note);
            w.WriteString("rule", d.Rule);
            Array(w, "sides", d.Sides, (w, s) =>
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

    /// <summary>An array of objects, each written by <paramref name="fields"/> inside its braces.</summary>
    private static void Array<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> fields)
    {
        w.WriteStartArray(name);
        foreach (var x in items)
        {
            w.WriteStartObject();
            fields(w, x);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Fact(Utf8JsonWriter w, Fact f)
    {
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
        Array(w, "statements", f.Reports, Statement);
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
