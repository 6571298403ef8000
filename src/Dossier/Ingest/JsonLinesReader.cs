using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Dossier.Model;

namespace Dossier.Ingest;

/// <summary>
/// JSON lines: one article per line with "text" or "html", and optional "id", "url", "source", "title", "published";
/// or a JSON array of such objects (Timeline17's articles.json, with "dct" for the publication date).
/// A bad line is rejected on its own ("file.jsonl:7"); the other lines go on.
/// </summary>
public static class JsonLinesReader
{
    public static IngestResult Read(string path, string content)
    {
        var docs = ImmutableArray.CreateBuilder<RawDocument>();
        var rejected = ImmutableArray.CreateBuilder<Rejection>();
        if (content.AsSpan().TrimStart().StartsWith("["))
        {
            ReadArray(path, content, docs, rejected);
        }
        else
        {
            var lineNo = 0;
            foreach (var line in content.Split('\n'))
            {
                lineNo++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                var where = $"{path}:{lineNo.ToString(CultureInfo.InvariantCulture)}";
                try
                {
                    using var doc = JsonDocument.Parse(line);
                    Add(where, path, doc.RootElement, docs, rejected);
                }
                catch (JsonException e)
                {
                    rejected.Add(new Rejection(where, Pipeline.DossierError.Unparsable, "invalid JSON: " + e.Message.Split('.')[0]));
                }
            }
        }
        if (docs.Count == 0 && rejected.Count == 0)
            return IngestResult.Reject(path, Pipeline.DossierError.Empty, "no JSON articles");
        return new IngestResult(docs.ToImmutable(), rejected.ToImmutable());
    }

    /// <summary>A JSON array of article objects, as Timeline17's articles.json holds ({"dct", "text"}).</summary>
    private static void ReadArray(string path, string content, ImmutableArray<RawDocument>.Builder docs, ImmutableArray<Rejection>.Builder rejected)
    {
        try
        {
            using var doc = JsonDocument.Parse(content);
            var i = 0;
            foreach (var item in doc.RootElement.EnumerateArray())
                Add($"{path}#{(i++).ToString(CultureInfo.InvariantCulture)}", path, item, docs, rejected);
        }
        catch (JsonException e)
        {
            rejected.Add(new Rejection(path, Pipeline.DossierError.Unparsable, "invalid JSON: " + e.Message.Split('.')[0]));
        }
    }

    private static void Add(string where, string path, JsonElement o, ImmutableArray<RawDocument>.Builder docs, ImmutableArray<Rejection>.Builder rejected)
    {
        if (o.ValueKind != JsonValueKind.Object) { rejected.Add(new Rejection(where, Pipeline.DossierError.Unparsable, "JSON article is not an object")); return; }
        string? S(params string[] names)
        {
            foreach (var name in names)
                if (o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String) return v.GetString();
            return null;
        }
        var html = S("html");
        var text = S("text");
        if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(html))
        {
            rejected.Add(new Rejection(where, Pipeline.DossierError.NoArticleText, "JSON article has neither \"text\" nor \"html\""));
            return;
        }
        var format = string.IsNullOrWhiteSpace(text) ? InputFormat.Html : InputFormat.JsonLines;
        // "dct" (document creation time) and "uid" are Timeline17's names for the publication date and id.
        docs.Add(new RawDocument(path, format, (string.IsNullOrWhiteSpace(text) ? html : text)!, S("id", "uid"), S("url"), S("source"), S("title"),
            DateValue.ParseIso(IsoDatePart(S("published", "dct", "date")))));
    }

    /// <summary>Keeps "2015-07-23T14:41" of "2015-07-23T14:41:00+02:00"; rejects anything that is not ISO-like.</summary>
    private static string? IsoDatePart(string? s)
    {
        if (s is null || s.Length < 4 || !char.IsDigit(s[0])) return null;
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto))
            return s.Length <= 10 ? s : dto.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        return s.Length == 4 && int.TryParse(s, out _) ? s : null;
    }
}
