using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Clean;

/// <summary>
/// Cleans crawled text line by line. Furniture lines (share prompts, credits, footers) go anywhere they are;
/// the header (lines before the first body paragraph) gives masthead, page dates, headline and publication date;
/// the trailer (lines after the last one) gives the outlet's sign-off. Every cut line is recorded with its rule,
/// and no line of running text is ever cut.
/// </summary>
public static class TextCleaner
{
    public static CleanedText Clean(string normalizedText, string? titleHint = null, string? sourceHint = null, DateValue? publishedHint = null)
    {
        var lines = normalizedText.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var removed = ImmutableArray.CreateBuilder<RemovedLine>();
        var pageDates = ImmutableArray.CreateBuilder<DateValue>();
        var provenance = ImmutableArray.CreateBuilder<Provenance>();
        var kept = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        foreach (var line in lines)
        {
            if (RemovalRule(line, seen, pageDates) is string rule) removed.Add(new RemovedLine(line, rule));
            else kept.Add(line);
            seen.Add(line);
        }

        string? title = titleHint, source = sourceHint;
        var published = publishedHint;
        var firstBody = kept.FindIndex(LineShape.IsBody);
        if (firstBody < 0) firstBody = kept.Count;
        var header = new HeaderReader(kept.Take(firstBody).ToList(), kept.Skip(firstBody).ToList());
        header.Read();
        foreach (var (line, rule) in header.Removed) removed.Add(new RemovedLine(line, rule));
        pageDates.AddRange(header.PageDates);
        if (title is null && header.Title is not null) { title = header.Title; provenance.Add(new Provenance("clean", "title:" + header.TitleRule)); }
        if (source is null && header.Masthead is not null) { source = header.Masthead; provenance.Add(new Provenance("clean", "source:masthead")); }
        if (published is null && header.Published is not null) { published = header.Published; provenance.Add(new Provenance("clean", "published:date-under-headline")); }

        var body = header.Kept.Concat(kept.Skip(firstBody)).ToList();
        ReadTrailer(body, removed, ref source, provenance);
        if (source is null && body.Count > 0 && BoilerplatePatterns.AgencyDateline().Match(body[0]) is { Success: true } dl)
        {
            source = dl.Groups["src"].Value;
            provenance.Add(new Provenance("clean", "source:agency-dateline"));
        }
        return new CleanedText(title, source, published, pageDates.ToImmutable(), [.. body], removed.ToImmutable(), provenance.ToImmutable());
    }

    private static string? RemovalRule(string line, HashSet<string> seen, ImmutableArray<DateValue>.Builder pageDates)
    {
        if (seen.Contains(line) && !LineShape.IsBody(line)) return "duplicate-line";
        var print = BoilerplatePatterns.PrintFooter().Match(line);
        if (print.Success)
        {
            if (DateLineParser.Parse(print.Groups["date"].Value) is DateValue d) pageDates.Add(d);
            return "print-footer";
        }
        foreach (var (rule, pattern) in BoilerplatePatterns.Lines)
            if (pattern.IsMatch(line)) return rule;
        if (!LineShape.IsBody(line) && BoilerplatePatterns.Caption().IsMatch(line)) return "caption";
        return null;
    }

    /// <summary>Trailing sign-offs name the outlet ("TRTWorld and agencies") and are cut from the body.</summary>
    private static void ReadTrailer(List<string> body, ImmutableArray<RemovedLine>.Builder removed, ref string? source, ImmutableArray<Provenance>.Builder provenance)
    {
        for (var i = body.Count - 1; i >= 0 && i >= body.Count - 3; i--)
        {
            var line = body[i];
            if (LineShape.IsBody(line)) break;
            var m = BoilerplatePatterns.SignOff().Match(line);
            if (!m.Success) m = BoilerplatePatterns.AgencyLine().Match(line);
            if (!m.Success) continue;
            source ??= m.Groups["src"].Value.Trim();
            provenance.Add(new Provenance("clean", "source:sign-off"));
            removed.Add(new RemovedLine(line, "sign-off"));
            body.RemoveAt(i);
        }
    }
}
