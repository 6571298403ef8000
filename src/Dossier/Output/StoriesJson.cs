using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Model;

namespace Dossier.Output;

/// <summary>
/// Writes stories.json, the machine-readable result. The schema is documented in the README; field names
/// are camelCase, dates ISO 8601 (TimeML "XXXX" where the year is unknown), absent values null.
/// </summary>
public static class StoriesJson
{
    internal static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(AnalysisResult result)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, Options))
        {
            w.WriteStartObject();
            w.WriteString("generator", "dossier");
            w.WriteStartArray("articles");
            foreach (var a in result.Articles) WriteArticle(w, a);
            w.WriteEndArray();
            Objects(w, "rejected", result.Rejected, (w, r) =>
            {
                w.WriteString("path", r.Path);
                w.WriteString("code", r.Code);
                w.WriteString("reason", r.Reason);
            });
            w.WriteStartArray("stories");
            var byId = result.Articles.ToDictionary(a => a.Id);
            foreach (var s in result.Stories) WriteStory(w, s, byId);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>One story on its own, as the store keeps it.</summary>
    public static string WriteStory(Story story, IReadOnlyDictionary<string, Article> articles)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, Options)) WriteStory(w, story, articles);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static void WriteArticle(Utf8JsonWriter w, Article a)
    {
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        w.WriteString("path", a.Path);
        w.WriteString("format", a.Format.ToString().ToLowerInvariant());
        w.WriteString("source", a.Source);
        w.WriteString("title", a.Title);
        w.WriteString("published", a.Published?.ToIso());
        w.WriteString("url", a.Url);
        w.WriteString("byline", a.Byline);
        w.WriteString("fragmentOf", a.FragmentOf);
        w.WriteBoolean("truncated", a.Truncated);
        Strings(w, "pageDates", a.PageDates.Select(d => d.ToIso()));
        Strings(w, "removed", a.Removed.Select(r => r.Text));
        w.WriteStartArray("removedBy");
        foreach (var r in a.Removed)
        {
            w.WriteStartObject();
            w.WriteString("line", r.Text);
            w.WriteString("rule", r.Rule);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Strings(w, "provenance", a.Provenance.Select(p => $"{p.Stage}:{p.Rule}"));
        w.WriteString("text", a.Text);
        w.WriteEndObject();
    }

    private static void WriteStory(Utf8JsonWriter w, Story s, IReadOnlyDictionary<string, Article> articles)
    {
        w.WriteStartObject();
        w.WriteString("id", s.Id);
        w.WriteString("title", s.Title);
        Strings(w, "articles", s.ArticleIds);
        Strings(w, "outlets", Outlets.Of(s.ArticleIds, articles));
        Objects(w, "events", s.Events, (w, e) =>
        {
            w.WriteString("id", e.Id);
            w.WriteString("title", e.Title);
            w.WriteString("date", e.Date?.ToIso());
            Strings(w, "articles", e.ArticleIds);
        });
        Objects(w, "entities", s.Entities, (w, e) =>
        {
            w.WriteString("id", e.Id);
            w.WriteString("name", e.Name);
            w.WriteString("type", TypeName(e.Type));
            Strings(w, "aliases", e.Aliases);
            Strings(w, "articles", e.ArticleIds);
            Strings(w, "outlets", Outlets.Of(e.ArticleIds, articles));
            w.WriteNumber("mentions", e.Mentions.Length);
        });
        Objects(w, "quotes", s.Quotes, (w, q) =>
        {
            w.WriteString("speaker", q.Speaker);
            w.WriteString("entity", q.SpeakerEntityId);
            w.WriteString("cue", q.Cue);
            w.WriteString("text", q.Text);
            w.WriteBoolean("direct", q.Direct);
            w.WriteString("article", q.ArticleId);
            w.WriteNumber("sentence", q.Sentence);
            w.WriteString("rule", q.Rule);
        });
        QuoteVariants(w, "quoteVariants", s.QuoteVariants);
        // articles that are near-copies of an earlier one in the story: counted as copies, not as further reports
        Objects(w, "duplicates", s.Duplicates, (w, d) =>
        {
            w.WriteString("article", d.ArticleId);
            w.WriteString("of", d.OfId);
            w.WriteNumber("similarity", d.Similarity);
            w.WriteBoolean("exact", d.Exact);
        });
        Objects(w, "timeline", s.Timeline, (w, t) =>
        {
            w.WriteString("date", t.Date.ToIso());
            w.WriteString("text", t.Text);
            Strings(w, "articles", t.Sources.Select(r => r.ArticleId).Distinct());
            Refs(w, "sentences", t.Sources);
        });
        Objects(w, "summary", s.Summary, (w, x) =>
        {
            var refs = x.Support.Prepend(x.Origin).ToList();
            w.WriteString("text", x.Text);
            Strings(w, "articles", refs.Select(r => r.ArticleId).Distinct());
            Strings(w, "outlets", Outlets.Of(refs.Select(r => r.ArticleId), articles));
            Refs(w, "sentences", refs);
        });
        ComparisonJson.WriteSection(w, s.Comparison);
        w.WriteEndObject();
    }

    internal static string TypeName(EntityType t) => t switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        _ => "MISC",
    };

    internal static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    /// <summary>An array of objects, each written by <paramref name="fields"/> inside its braces.</summary>
    internal static void Objects<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> fields)
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

    private static void Refs(Utf8JsonWriter w, string name, IEnumerable<SentenceRef> refs) =>
        Objects(w, name, refs, (w, r) =>
        {
            w.WriteString("article", r.ArticleId);
            w.WriteNumber("sentence", r.Sentence);
            w.WriteNumber("start", r.Span.Start);
            w.WriteNumber("end", r.Span.End);
        });

    // the same quotation in two articles; "changesMeaning" flags a misquote, not a respelling or punctuation
    internal static void QuoteVariants(Utf8JsonWriter w, string property, ImmutableArray<QuoteVariant> variants) =>
        Objects(w, property, variants, (w, v) =>
        {
            foreach (var (name, q) in new[] { ("first", v.First), ("second", v.Second) })
            {
                w.WriteStartObject(name);
                w.WriteString("article", q.ArticleId);
                w.WriteNumber("sentence", q.Sentence);
                w.WriteString("frame", q.Frame);
                w.WriteString("text", q.Text);
                w.WriteEndObject();
            }
            w.WriteBoolean("changesMeaning", v.ChangesMeaning);
            Objects(w, "changes", v.Changes, (w, c) =>
            {
                w.WriteString("kind", c.Kind.ToString().ToLowerInvariant());
                w.WriteString("first", c.First);
                w.WriteString("second", c.Second);
                w.WriteBoolean("inFrame", c.InFrame);
                w.WriteBoolean("meaningful", c.Meaningful);
            });
        });
}
