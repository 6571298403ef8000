using System.Collections.Frozen;
using Dossier.Model;

namespace Dossier.Summarize;

/// <summary>
/// Which sentences may stand in a summary, and how much their form costs them. Captions, headlines and fragments of
/// a quotation cut by the splitter are left out; sentences that open on a pronoun or a quotation are penalised rather
/// than dropped, so they are used only when nothing better says the same.
/// </summary>
internal static class SentenceFilter
{
    private static readonly FrozenSet<string> Pronouns = new[]
    {
        "he", "she", "it", "they", "him", "her", "them", "his", "hers", "its", "their", "theirs",
        "this", "that", "these", "those", "we", "our", "i", "you",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool Eligible(SentenceUnit s, SummaryOptions o)
    {
        var text = s.Sentence.Text;
        if (s.Words < o.MinWords || s.Words > o.MaxSentenceWords) return false;
        if (!EndsLikeSentence(text)) return false;                                  // headline, caption, cut teaser
        if (!char.IsUpper(text[0]) && !char.IsDigit(text[0]) && text[0] != '"') return false; // tail of a split sentence
        if (text.Count(c => c == '"') % 2 == 1) return false;                        // half a quotation
        return !HeadlineCase(s);
    }

    /// <summary>How much the sentence's form lowers its score (1 = not at all).</summary>
    public static double FormFactor(SentenceUnit s, SummaryOptions o)
    {
        var f = 1.0;
        if (s.Sentence.Text.StartsWith('"')) f *= o.QuotePenalty;
        var first = s.Tokens.FirstOrDefault(t => t.IsWord);
        if (first is not null && Pronouns.Contains(first.Text)) f *= o.PronounPenalty;
        return f;
    }

    private static bool EndsLikeSentence(string text)
    {
        var t = text.TrimEnd('"', '\'', ')', ']', ' ');
        return t.Length > 0 && t[^1] is '.' or '!' or '?';
    }

    /// <summary>Most words capitalised, as in "Syrian FM Backs Putin's Proposal": a headline, even with a full stop.</summary>
    private static bool HeadlineCase(SentenceUnit s)
    {
        var words = s.Tokens.Where(t => t.IsWord && t.Text.Length > 3).ToList();
        return words.Count >= 4 && words.Count(t => t.IsCapitalized) > 0.7 * words.Count;
    }

}
