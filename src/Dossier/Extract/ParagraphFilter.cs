namespace Dossier.Extract;

/// <summary>
/// Last pass over the rendered paragraphs: drops short furniture lines ("Advertisement", "Read more")
/// that sit inside article containers, and the headline when the body repeats it. Repeated paragraphs
/// are kept: recipes and schedules repeat lines on purpose, and that costs more than a doubled pull quote.
/// </summary>
internal static class ParagraphFilter
{
    /// <summary>Only lines this short are tested against the boilerplate vocabulary; prose that merely starts alike stays.</summary>
    private const int MaxBoilerplateLength = 100;

    /// <summary>Credit lines list many names, so they may be longer.</summary>
    private const int MaxCreditLength = 300;

    /// <param name="title">The page's headline; a paragraph repeating it (an h2 headline, a linked title) is not body.</param>
    public static List<string> Apply(IEnumerable<string> paragraphs, string? title)
    {
        var kept = new List<string>();
        foreach (var p in paragraphs)
        {
            if (p.Length <= MaxBoilerplateLength && ExtractionPatterns.BoilerplateLine().IsMatch(p)) continue;
            if (p.Length <= MaxCreditLength && ExtractionPatterns.CreditLine().IsMatch(p)) continue;
            if (!p.Any(char.IsLetterOrDigit)) continue;
            if (string.Equals(p, title, StringComparison.OrdinalIgnoreCase)) continue;
            kept.Add(p);
        }
        return kept;
    }
}
