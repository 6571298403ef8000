using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Dossier.Model;

namespace Dossier.Summarize;

/// <summary>
/// Which sentences may stand in a summary, and how much their form costs them. Captions, headlines and fragments of
/// a quotation cut by the splitter are left out; sentences that open on a pronoun or a quotation are penalised rather
/// than dropped, so they are used only when nothing better says the same.
/// </summary>
internal static partial class SentenceFilter
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
        if (!QuotesBalanced(text)) return false;                                    // half a quotation
        if (text.TrimEnd('"', '\'', ')', ' ').EndsWith('?')) return false;            // a question asks, it does not report
        if (Shouting(Compressor.Clean(text))) return false;                                               // wire routing lines ("FOR SUN., OCT. 24 -- ...")
        if (Personal(s)) return false;                                                // the writer or the reader ("you", "I") outside quotes
        return !HeadlineCase(s);
    }

    /// <summary>How much the sentence's form lowers its score (1 = not at all).</summary>
    public static double FormFactor(SentenceUnit s, SummaryOptions o)
    {
        var f = 1.0;
        if (s.Sentence.Text.StartsWith('"') || s.Sentence.Text.StartsWith("``", StringComparison.Ordinal)) f *= o.QuotePenalty;
        var first = s.Tokens.FirstOrDefault(t => t.IsWord);
        if (first is not null && Pronouns.Contains(first.Text)) f *= o.PronounPenalty;
        return f;
    }

    /// <summary>
    /// Straight quotes pair up, and so do the typewriter pairs `` and '' of wire copy (the New York Times service
    /// writes ``like this''), so a sentence the splitter cut inside a quotation is caught in either style.
    /// </summary>
    private static bool QuotesBalanced(string text)
    {
        if (text.Count(c => c == '"') % 2 == 1) return false;
        var open = CountOf(text, "``");
        var close = CountOf(text, "''");
        return open == close;
    }

    private static int CountOf(string text, string pair)
    {
        var n = 0;
        for (var i = text.IndexOf(pair, StringComparison.Ordinal); i >= 0; i = text.IndexOf(pair, i + pair.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    private static readonly FrozenSet<string> FirstAndSecondPerson = new[] { "i", "me", "my", "we", "us", "our", "you", "your" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "You" or "I" in the narrator's voice: a column addressing its reader or a first-person piece. Words inside a
    /// quotation are the speaker's and do not count.
    /// </summary>
    private static bool Personal(SentenceUnit s)
    {
        var text = s.Sentence.Text;
        var inQuote = false;
        var offset = s.Sentence.Span.Start;
        var quoteAt = new HashSet<int>();
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '"' || (i + 1 < text.Length && (text[i] == '`' && text[i + 1] == '`' || text[i] == '\'' && text[i + 1] == '\''))) quoteAt.Add(i);
        var tokens = s.Tokens;
        var q = 0;
        foreach (var t in tokens)
        {
            var at = t.Span.Start - offset;
            for (; q < text.Length && q < at; q++)
                if (quoteAt.Contains(q)) { inQuote = !inQuote; if (q + 1 < text.Length && text[q] != '"') q++; }
            if (!inQuote && t.IsWord && FirstAndSecondPerson.Contains(t.Text) && !(t.Text == "US")) return true;
        }
        return false;
    }

    /// <summary>Three or more words in capitals of three letters or more: a slug or routing line, not prose.</summary>
    private static bool Shouting(string text) => Capitals().Count(text) >= 3;

    [GeneratedRegex(@"\b[A-Z]{3,}\b")]
    private static partial Regex Capitals();

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
