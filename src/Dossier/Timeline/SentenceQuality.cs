using System.Text.RegularExpressions;

namespace Dossier.Timeline;

/// <summary>
/// How fit a sentence is to stand as a timeline entry on its own: of readable length, telling an event rather
/// than quoting someone, asking, listing dates, or being page furniture (bylines, clock times, capitals-only
/// banners) that a crawler left in the text.
/// </summary>
internal static partial class SentenceQuality
{
    // A timeline entry is a one-line statement of what happened: journalists' entries run about 20 words a sentence.
    private const int IdealMaxWords = 20;
    private const int MinWords = 6;

    [GeneratedRegex(@"\b\d{1,2}:\d{2}\b|\b(?:GMT|EDT|EST|BST|UTC)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"^\W*By\s+\p{Lu}|\|", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"\b(?:[Ww]ill|'ll|may|might|could)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Speculation();

    [GeneratedRegex(@"\b\p{Lu}{2,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalsWord();

    public static double Of(DatedSentence s, int words)
    {
        var text = s.Sentence.Text;
        var q = words < MinWords ? 0.3 : words > IdealMaxWords ? (double)IdealMaxWords / words : 1.0;
        if (!s.Explicit) q *= 0.6;
        if (text.TrimStart().StartsWith('"')) q *= 0.6;           // a quote tells what someone said, not what happened
        if (text.TrimEnd().EndsWith('?')) q *= 0.4;
        if (s.DatesInSentence > 2) q *= 0.7;                      // a list of dates is background, not an event
        if (Speculation().IsMatch(text)) q *= 0.7;               // plans and forecasts, not what happened on the day
        if (ClockTime().IsMatch(text)) q *= 0.5;                  // a time-stamped dateline
        if (Byline().IsMatch(text)) q *= 0.5;
        if (words > 0 && CapitalsWord().Count(text) > 0.3 * words) q *= 0.3;
        q *= 1 - 0.02 * Math.Min(s.Sentence.Index, 20);          // the lead tells the news; later sentences background
        return q;
    }
}
