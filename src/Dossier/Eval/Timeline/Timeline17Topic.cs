using System.Collections.Immutable;
using System.Text.Json;
using Dossier.Ingest;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Eval.Timeline;

/// <summary>A journalist's timeline: dates, and the sentences written for each.</summary>
public sealed record GoldTimeline(string Name, ImmutableArray<(DateOnly Date, string Text)> Entries)
{
    public DateOnly First => Entries.Min(e => e.Date);
    public DateOnly Last => Entries.Max(e => e.Date);

    /// <summary>Sentences per date, rounded: how many the system is asked to write for each date.</summary>
    public int SentencesPerDate => Math.Max(1, (int)Math.Round(Entries.Average(e => (double)SentenceSplitter.Split(e.Text).Length), MidpointRounding.AwayFromZero));
}

/// <summary>One Timeline17 topic folder: articles.json (list of {uid, dct, text}) and tl*.timeline.json gold timelines.</summary>
public sealed record Timeline17Topic(string Name, ImmutableArray<Article> Articles, ImmutableArray<GoldTimeline> Gold)
{
    public static Timeline17Topic Load(string dir)
    {
        var name = Path.GetFileName(dir);
        // Ingest reads Timeline17's article list (uid, dct, text); its texts are clean already, so the cleaner is skipped.
        var articles = DocumentReader.Read(Path.Combine(dir, "articles.json")).Documents.Select(d =>
        {
            var text = TextNormalizer.Normalize(d.Content);
            return new Article($"{name}/{d.DocId}", d.Path, InputFormat.JsonLines, name, null, d.Published, text, SentenceSplitter.Split(text));
        });
        var gold = Directory.GetFiles(dir, "*.timeline.json").Order(StringComparer.Ordinal).Select(f =>
        {
            using var tl = JsonDocument.Parse(File.ReadAllText(f));
            var entries = tl.RootElement.EnumerateArray()
                .Select(e => (Date: DateOnly.Parse(e.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture), Text: e.GetProperty("text").GetString() ?? ""))
                .GroupBy(e => e.Date)
                .Select(g => (g.Key, string.Join(" ", g.Select(x => x.Text.Trim()))));
            return new GoldTimeline(Path.GetFileName(f), [.. entries]);
        });
        return new Timeline17Topic(name, [.. articles], [.. gold]);
    }
}
