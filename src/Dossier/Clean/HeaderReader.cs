using System.Collections.Immutable;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Clean;

/// <summary>
/// Reads the lines above the first body paragraph. Page chrome comes in a known order: masthead, the date
/// the page was shown, headline, then the article's own date and a standfirst. So a date line above the
/// headline is a page date, and one under it is the publication date. A short line followed by a longer
/// headline is the masthead (the outlet's name). Standfirst lines repeated in the body are cut as duplicates.
/// </summary>
internal sealed class HeaderReader(List<string> header, List<string> body)
{
    public string? Title { get; private set; }
    public string TitleRule { get; private set; } = "";
    public string? Masthead { get; private set; }
    public DateValue? Published { get; private set; }
    public List<DateValue> PageDates { get; } = [];
    public List<(string Line, string Rule)> Removed { get; } = [];

    /// <summary>Header lines that stay in the article text (standfirsts).</summary>
    public List<string> Kept { get; } = [];

    public void Read()
    {
        var headlines = header.Where(l => DateLineParser.Parse(l) is null && LineShape.IsHeadlineLike(l)).ToList();
        if (headlines.Count >= 2 && LineShape.Words(headlines[0]) <= 3 && LineShape.Words(headlines[1]) > LineShape.Words(headlines[0]))
            Masthead = headlines[0];
        foreach (var line in header)
        {
            if (DateLineParser.Parse(line) is DateValue date)
            {
                if (Title is null) { PageDates.Add(date); Removed.Add((line, "page-date")); }
                else if (Published is null) Published = date;   // moved to metadata, not boilerplate
                else { PageDates.Add(date); Removed.Add((line, "page-date")); }
            }
            else if (line == Masthead)
            {
                Removed.Add((line, "masthead"));
            }
            else if (Title is null && LineShape.IsHeadlineLike(line))
            {
                Title = line;
                TitleRule = "first-headline-line";
            }
            else if (RepeatsBody(line))
            {
                Removed.Add((line, "duplicate-standfirst"));
            }
            else
            {
                Kept.Add(line);
            }
        }
    }

    /// <summary>True when nearly every content word of the line appears in one body paragraph.</summary>
    private bool RepeatsBody(string line)
    {
        var words = ContentWords(line);
        if (words.Count < 4) return false;
        return body.Any(p =>
        {
            var pw = ContentWords(p);
            return words.Count(pw.Contains) >= 0.85 * words.Count;
        });
    }

    private static HashSet<string> ContentWords(string s) =>
        Tokenizer.Tokenize(s).Where(t => t.IsWord && !Stopwords.Contains(t.Text)).Select(t => t.Text.ToLowerInvariant()).ToHashSet();
}
