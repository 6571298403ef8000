using System.Text.RegularExpressions;
using Dossier.Model;

namespace Dossier.Timeline;

/// <summary>
/// Cuts a photo credit ("Photograph: Gerald Herbert/AP") that a crawler glued, with the caption before it, to the
/// front of a sentence, so a timeline entry starts where the report does. The result is a narrower span of the same
/// sentence, so provenance still points into the article. (Cutting wire datelines with the headline bullets before
/// them, "… Tripoli, Libya (CNN) --", was tried: the bullets name the day's events, and timeline ROUGE fell.)
/// </summary>
internal static partial class SentenceFurniture
{
    // Too little left after a cut means what was cut was the sentence itself (here a credit, in SentenceContent an
    // attribution).
    private const int MinWordsLeft = 6;

    // "Photograph: Gerald Herbert/AP", "Photograph : Alfredo Estrella\/AFP\/Getty Images" (the credit ends with the
    // agency after the last slash).
    [GeneratedRegex(@"\b(?:Photograph|Photo|Picture)\s*:\s*[^/.]{1,60}?(?:\\?/[\p{L}-]+)+(?:\s+(?:[Ii]mages|Features|Photos|Pictures))?\s+", RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>The sentence from after its last photo credit; the sentence itself when it has none.</summary>
    public static Sentence Trim(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var cut = 0;
        foreach (Match m in PhotoCredit().Matches(sentence.Text)) cut = Math.Max(cut, m.Index + m.Length);
        if (cut == 0 || !LeavesEnough(sentence.Text.AsSpan(cut))) return sentence;
        return new Sentence(sentence.Index, new TextSpan(sentence.Span.Start + cut, sentence.Span.End), sentence.Text[cut..]);
    }

    /// <summary>Whether the words left after a cut are enough to stand as the sentence.</summary>
    internal static bool LeavesEnough(ReadOnlySpan<char> left) => Word().Count(left) >= MinWordsLeft;
}
