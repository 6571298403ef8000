using System.Text.RegularExpressions;

namespace Dossier.Timeline;

/// <summary>
/// What a sentence reports, without the attribution that closes it (", officials said on Tuesday .", ", according to
/// Human Rights Watch .", ", a rebel fighter told CNN ."): who said it and when they said it are not what happened, and
/// the speakers' names would otherwise weigh in the sentence's TF-IDF vector and length as much as the events. Used for
/// scoring only; the sentence told keeps its attribution. (Cutting a leading "X said that" too was tried: who acted is
/// often the news — "The White House said …" — and timeline ROUGE fell.)
/// </summary>
internal static partial class SentenceContent
{
    // A closing clause after a comma: "according to …" or "citing …"; a speaker (no commas, colons or quotation
    // marks, so a quoted statement is never cut) and a verb of saying, then only words of time or manner ("said late
    // on Friday in a statement"); or an inverted "said the company's spokesman".
    [GeneratedRegex("""
        ,\s+(?:
            (?:according\s+to|citing)\s+[^,;:'"“”]{2,60}
          | (?:[^,;:'"“”]|(?<!')'(?!')){1,50}?\s
            (?:said|says|added|reported|announced|confirmed|told\s+(?:reporters|journalists|(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}))
            (?:\s+(?:on|late|early|last|this|in|at|a|an|the|its|his|her|their|statement|interview|news|conference|briefing|\p{L}+day|night|morning|afternoon|evening|week|today|yesterday|tonight))*
          | said\s+(?:[^,;:'"“”]|(?<!')'(?!')){2,50}
        )\s*\.?\s*$
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ClosingAttribution();

    /// <summary>The sentence's text up to its closing attribution; the whole text when it has none.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = ClosingAttribution().Match(text);
        return m.Success && SentenceFurniture.LeavesEnough(text.AsSpan(0, m.Index)) ? text[..m.Index].TrimEnd() : text;
    }
}
