using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Dossier.Model;

namespace Dossier.Ingest;

/// <summary>
/// TREC/DUC SGML: one or more &lt;DOC&gt; with &lt;DOCNO&gt;, &lt;DATE_TIME&gt; or &lt;DATE&gt;, &lt;HEADLINE&gt; and &lt;TEXT&gt;.
/// Paragraphs (&lt;P&gt;) become lines; hard-wrapped lines inside a paragraph are joined.
/// </summary>
public static partial class SgmlReader
{
    [GeneratedRegex(@"<DOC\b[^>]*>(.*?)</DOC>", RegexOptions.Singleline)]
    private static partial Regex Doc();

    [GeneratedRegex(@"<(DOCNO|DATE_TIME|DATE|HEADLINE|TEXT)\b[^>]*>(.*?)</\1>", RegexOptions.Singleline)]
    private static partial Regex Field();

    [GeneratedRegex(@"</?P\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphTag();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"(\d{4})-?(\d{2})-?(\d{2})(?:[ T](\d{2}):(\d{2}))?")]
    private static partial Regex DateTime();

    public static IngestResult Read(string path, string content)
    {
        var docs = ImmutableArray.CreateBuilder<RawDocument>();
        var rejected = ImmutableArray.CreateBuilder<Rejection>();
        var n = 0;
        foreach (Match d in Doc().Matches(content))
        {
            n++;
            var fields = Field().Matches(d.Groups[1].Value).GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => g.First().Groups[2].Value);
            var docNo = fields.GetValueOrDefault("DOCNO")?.Trim();
            var text = fields.GetValueOrDefault("TEXT");
            if (string.IsNullOrWhiteSpace(text))
            {
                rejected.Add(new Rejection($"{path}#{docNo ?? n.ToString(CultureInfo.InvariantCulture)}", Pipeline.DossierError.NoArticleText, "SGML <DOC> without <TEXT>"));
                continue;
            }
            var date = fields.GetValueOrDefault("DATE_TIME") ?? fields.GetValueOrDefault("DATE");
            var headline = fields.GetValueOrDefault("HEADLINE");
            docs.Add(new RawDocument(path, InputFormat.Sgml, Paragraphs(text), docNo,
                Title: headline is null ? null : Clean(headline), Published: ParseDate(date)));
        }
        if (n == 0) return IngestResult.Reject(path, Pipeline.DossierError.Unparsable, "SGML without a complete <DOC>...</DOC>");
        return new IngestResult(docs.ToImmutable(), rejected.ToImmutable());
    }

    private static string Paragraphs(string text)
    {
        var parts = ParagraphTag().Split(text).Select(Clean).Where(p => p.Length > 0);
        return string.Join("\n\n", parts);
    }

    private static string Clean(string s) =>
        Regex.Replace(WebUtility.HtmlDecode(TypesettingCode().Replace(AnyTag().Replace(s, " "), Typeset)), @"\s+", " ").Trim();

    /// <summary>
    /// The New York Times service's typesetting codes, which HTML decoding leaves as they are: &amp;QL; (end of line),
    /// &amp;QC;, &amp;QR;, &amp;UR; and &amp;LR; (rules), &amp;HT; (tab), &amp;MD; (dash) and &amp;AMP; (an ampersand). Left in, a
    /// paragraph ending "… he said. &amp;QL;" does not end like a sentence, and is taken for a cut-off one.
    /// </summary>
    [GeneratedRegex(@"&(?:QL|QC|QR|UR|LR|HT|MD|TL|AMP);")]
    private static partial Regex TypesettingCode();

    private static string Typeset(Match m) => m.Value switch
    {
        "&AMP;" => "&amp;",
        "&MD;" => " -- ",
        _ => " ",
    };

    internal static DateValue? ParseDate(string? s)
    {
        if (s is null) return null;
        var m = DateTime().Match(s);
        if (!m.Success) return null;
        int I(int g) => int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
        if (I(2) is < 1 or > 12 || I(3) is < 1 or > 31) return null;
        return m.Groups[4].Success ? new DateValue(I(1), I(2), I(3), I(4), I(5)) : new DateValue(I(1), I(2), I(3));
    }
}
