using Dossier.Model;
using L = Dossier.Quotes.QuoteLexicon;

namespace Dossier.Quotes;

/// <summary>Recognises cue words at a token and skips the adjuncts that may surround a cue.</summary>
internal static class CueReader
{
    /// <summary>A finite reporting verb ("said", "told reporters", "made clear"), or null.</summary>
    public static Cue? VerbAt(QuoteContext c, int i)
    {
        if (!c.IsWord(i)) return null;
        var w = c.Lower(i);
        if (L.TwoWordCues.TryGetValue(w, out var second) && w != "according")
            return c.Is(i + 1, second) ? Make(c, i, i + 1) : null;
        if (!L.ReportingVerbs.Contains(w)) return null;
        return L.TellVerbs.Contains(w) ? WithHearer(c, i) : Make(c, i, i);
    }

    /// <summary>A participle continuing an attribution ("saying", "adding"), or null.</summary>
    public static Cue? ParticipleAt(QuoteContext c, int i)
    {
        if (!c.IsWord(i) || !L.Participles.Contains(c.Lower(i))) return null;
        return L.TellVerbs.Contains(c.Lower(i)) ? WithHearer(c, i) : Make(c, i, i);
    }

    /// <summary>"according to", or null.</summary>
    public static Cue? AccordingToAt(QuoteContext c, int i) =>
        c.Is(i, "according") && c.Is(i + 1, "to") ? Make(c, i, i + 1) : null;

    public static Cue Make(QuoteContext c, int first, int last)
    {
        var span = new TextSpan(c[first].Span.Start, c[last].Span.End);
        return new Cue(first, last, span, c.Slice(span));
    }

    /// <summary>"told reporters", "told a news conference", "told dpa": the hearer is part of the cue.</summary>
    private static Cue WithHearer(QuoteContext c, int i)
    {
        var last = i;
        // the hearer is a noun phrase or an object pronoun, never a function word ("tells so many lies")
        var h = c.Lower(i + 1);
        if (!c.IsWord(i + 1) || Dossier.Text.Stopwords.Contains(h) && !L.Determiners.Contains(h) || L.NotHearers.Contains(h))
            return Make(c, i, i);
        for (var j = i + 1; j < c.Count && j <= i + 4; j++)
        {
            var w = c.Lower(j);
            if (!c.IsWord(j) || w == "that" || L.AdjunctStarters.Contains(w) && j > i + 1) break;
            last = j;
            var nameGoesOn = c[j].IsCapitalized && c.IsWord(j + 1) && c[j + 1].IsCapitalized;
            if (!L.Determiners.Contains(w) && !IsModifier(c, j + 1) && !nameGoesOn) break;
        }
        return Make(c, i, last);
    }

    // "a news conference": keep reading while the next word still belongs to the hearer's noun phrase
    private static bool IsModifier(QuoteContext c, int j) =>
        c.IsWord(j) && L.HearerWords.Contains(c.Lower(j));

    /// <summary>
    /// Skips backwards over words that may sit between a speaker and its cue ("has also", "on Monday", "last week").
    /// Returns the index of the first token (going back) that is not such a word.
    /// </summary>
    public static int SkipBackAdjuncts(QuoteContext c, int i, int min)
    {
        while (i >= min)
        {
            var w = c.Lower(i);
            if (w == ")" && Enumerable.Range(Math.Max(min, i - 8), Math.Max(0, i - Math.Max(min, i - 8))).LastOrDefault(k => c.Is(k, "("), -1) is var open and >= 0)
            {
                // a party tag or aside between name and cue: "Rep. Gwen Moore (D-Wis.) said"
                i = open - 1;
                continue;
            }
            if (IsWeekday(w) || L.PreCueSkip.Contains(w) && !(w is "this" or "last" or "on" && !TimeNoun(c.Lower(i + 1))))
            {
                i--;
                continue;
            }
            if (c.IsWord(i) && w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && !c[i].IsCapitalized && !NotAdverb(w))
            {
                i--;
                continue;
            }
            break;
        }
        return i;
    }

    /// <summary>Skips forward over the same words (for "…," Assad later said).</summary>
    public static int SkipForwardAdjuncts(QuoteContext c, int i, int max)
    {
        while (i < max)
        {
            var w = c.Lower(i);
            if (w == "(" && Enumerable.Range(i + 1, Math.Max(0, Math.Min(max, i + 9) - i - 1)).FirstOrDefault(k => c.Is(k, ")"), -1) is var close and >= 0)
            {
                i = close + 1;
                continue;
            }
            var isTimeOpener = w is "this" or "last" or "on" && (TimeNoun(c.Lower(i + 1)) || IsWeekday(c.Lower(i + 1)));
            if (IsWeekday(w) || isTimeOpener || L.PreCueSkip.Contains(w) && w is not ("this" or "last" or "on"))
            {
                i++;
                continue;
            }
            if (c.IsWord(i) && w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && !c[i].IsCapitalized && !NotAdverb(w))
            {
                i++;
                continue;
            }
            break;
        }
        return i;
    }

    /// <summary>
    /// From the token after a cue, skips a time or place adjunct and the complementiser to reach the reported clause:
    /// "said [on Monday] [that] …", "said [in remarks published Monday] that …".
    /// </summary>
    public static int SkipToClause(QuoteContext c, int i, int end)
    {
        if (i < end && c.Is(i, "that")) return i + 1;
        if (i < end && (L.AdjunctStarters.Contains(c.Lower(i)) || IsWeekday(c.Lower(i))))
        {
            for (var k = i; k < end && k <= i + 8; k++)
            {
                if (c.Is(k, "that")) return k + 1;
                if (!c.IsWord(k) && c[k].Kind != TokenKind.Number) break;
            }
            // no "that": step over a bare time expression ("said Thursday his country …")
            var j = i;
            if (c.Lower(j) is "on" or "last" or "this" && (IsWeekday(c.Lower(j + 1)) || TimeNoun(c.Lower(j + 1)))) j += 2;
            else if (IsWeekday(c.Lower(j)) || c.Lower(j) is "yesterday" or "today") j++;
            if (j != i) return j < end && c.Is(j, "that") ? j + 1 : j;
        }
        return i;
    }

    public static bool IsWeekday(string w) => Dossier.Text.Months.Weekdays.ContainsKey(w) && w.Length > 3;

    private static bool TimeNoun(string w) => L.TimeNouns.Contains(w) || IsWeekday(w);

    private static bool NotAdverb(string w) => L.NotAdverbs.Contains(w);
}
