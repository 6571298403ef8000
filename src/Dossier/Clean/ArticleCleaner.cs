using System.Collections.Immutable;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Clean;

/// <summary>
/// The Clean stage: a document's text (plain, or what the HTML extractor found) becomes one article,
/// or several when the crawler glued unrelated pieces together. The first piece keeps the page's metadata
/// and removed lines; later pieces point back to it with <see cref="Article.FragmentOf"/>.
/// </summary>
public static class ArticleCleaner
{
    public static ImmutableArray<Article> Clean(RawDocument raw, string text, string? title = null, string? source = null, DateValue? published = null, string? url = null, string? byline = null)
    {
        url ??= raw.Url;
        var cleaned = TextCleaner.Clean(TextNormalizer.Normalize(text), title ?? raw.Title, source ?? raw.Source ?? SourceFromDocNo(raw.DocId), published ?? raw.Published);
        url ??= cleaned.Removed.Where(r => r.Rule == "url-line").Select(r => AddressOf(r.Text)).FirstOrDefault();
        if (cleaned.Source is null && HostOf(url) is string host)
            cleaned = cleaned with { Source = host, Provenance = cleaned.Provenance.Add(new Provenance("clean", "source:url-host")) };
        var fragments = FragmentSplitter.Split(cleaned.Paragraphs);
        var articles = ImmutableArray.CreateBuilder<Article>();
        foreach (var f in fragments)
        {
            var body = string.Join("\n\n", f.Paragraphs);
            if (body.Length == 0) continue;
            var id = TextNormalizer.ContentHash(body);
            var first = articles.Count == 0;
            articles.Add(new Article(id, raw.Path, raw.Format, cleaned.Source, first ? cleaned.Title : null,
                first ? cleaned.Published : null, body, SentenceSplitter.Split(body))
            {
                Url = first ? url : null,
                Byline = first ? byline : null,
                PageDates = first ? cleaned.PageDates : [],
                FragmentOf = first ? null : articles[0].Id,
                Truncated = f.Truncated,
                Removed = first ? cleaned.Removed : [],
                Provenance = first ? cleaned.Provenance : [new Provenance("clean", "fragment:cut-off-foreign-paragraph")],
            });
        }
        return articles.ToImmutable();
    }

    /// <summary>A page address line as an address: "http : / / www . x . com / a - b . html" → "http://www.x.com/a-b.html".</summary>
    private static string AddressOf(string line)
    {
        var joined = string.Concat(line.Where(c => !char.IsWhiteSpace(c)));
        return joined.Contains("://", StringComparison.Ordinal) ? joined : "http://" + joined;
    }

    /// <summary>The outlet a URL belongs to, as its host without "www." ("nytimes.com").</summary>
    private static string? HostOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Host.Length > 0 ? (u.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? u.Host[4..] : u.Host) : null;

    /// <summary>TREC/DUC document numbers start with the newswire's code (APW19990707.0181).</summary>
    private static string? SourceFromDocNo(string? docNo)
    {
        if (docNo is null || docNo.Length < 3) return null;
        return docNo[..3] switch
        {
            "APW" => "Associated Press",
            "NYT" => "New York Times",
            "XIE" => "Xinhua",
            "LTW" => "Los Angeles Times/Washington Post",
            "FBI" => "FBIS",
            "FT9" => "Financial Times",
            "LAT" => "Los Angeles Times",
            "WSJ" => "Wall Street Journal",
            "SJM" => "San Jose Mercury News",
            _ => null,
        };
    }
}
