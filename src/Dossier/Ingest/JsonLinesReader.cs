using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Dossier.Model;

namespace Dossier.Ingest;

/// <summary>
/// JSON lines: one article per line with "text" or "html", and optional "id", "url", "source", "title", "published".
/// A bad line is rejected on its own ("file.jsonl:7"); the other lines go on.
/// </summary>
public static class JsonLinesReader
{
    public static IngestResult Read(string path, string content)
    {
        var docs = ImmutableArray.CreateBuilder<RawDocument>();
        var rejected = ImmutableArray.CreateBuilder<Rejection>();
        var lineNo = 0;
        foreach (var line in content.Split('\n'))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var where = $"{path}:{lineNo.ToString(CultureInfo.InvariantCulture)}";
            try
            {
                using var doc = JsonDocument.Parse(line);
                var o = doc.RootElement;
                if (o.ValueKind != JsonValueKind.Object) { rejected.Add(new Rejection(where, Pipeline.DossierError.Unparsable, "JSON line is not an object")); continue; }
                string? S(string name) => o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                var html = S("html");
                var text = S("text");
                if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(html))
                {
                    rejected.Add(new Rejection(where, Pipeline.DossierError.NoArticleText, "JSON line has neither \"text\" nor \"html\""));
                    continue;
                }
                var format = string.IsNullOrWhiteSpace(text) ? InputFormat.Html : InputFormat.JsonLines;
                docs.Add(new RawDocument(path, format, (string.IsNullOrWhiteSpace(text) ? html : text)!, S("id"), S("url"), S("source"), S("title"),
                    DateValue.ParseIso(IsoDatePart(S("published")))));
            }
            catch (JsonException e)
            {
                rejected.Add(new Rejection(where, Pipeline.DossierError.Unparsable, "invalid JSON: " + e.Message.Split('.')[0]));
            }
        }
        if (docs.Count == 0 && rejected.Count == 0)
            return IngestResult.Reject(path, Pipeline.DossierError.Empty, "no JSON lines");
        return new IngestResult(docs.ToImmutable(), rejected.ToImmutable());
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
