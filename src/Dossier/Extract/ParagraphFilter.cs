namespace Dossier.Extract;

/// <summary>
/// Last pass over the rendered paragraphs: drops short furniture lines ("Advertisement", "Read more")
/// that sit inside article containers, and repeats of a paragraph already kept (pull quotes, and
/// sites that print the same lead twice for mobile and desktop).
/// </summary>
internal static class ParagraphFilter
{
    /// <summary>Only lines this short are tested against the boilerplate vocabulary; prose that merely starts alike stays.</summary>
    private const int MaxBoilerplateLength = 100;

    /// <summary>Shorter repeats ("Photo", a dateline) are too common to be judged as duplicates.</summary>
    private const int MinDuplicateLength = 40;

    public static List<string> Apply(IEnumerable<string> paragraphs)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<string>();
        foreach (var p in paragraphs)
        {
            if (p.Length <= MaxBoilerplateLength && ExtractionPatterns.BoilerplateLine().IsMatch(p)) continue;
            if (!p.Any(char.IsLetterOrDigit)) continue;
            if (p.Length >= MinDuplicateLength && !seen.Add(p)) continue;
            kept.Add(p);
        }
        return kept;
    }
}
