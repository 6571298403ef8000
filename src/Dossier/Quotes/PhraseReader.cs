using Dossier.Model;
using Dossier.Text;
using L = Dossier.Quotes.QuoteLexicon;

namespace Dossier.Quotes;

/// <summary>
/// Reads the noun phrase that names a speaker, backwards from a cue ("Syrian President Bashar al-Assad | said")
/// or forwards from a position ("…," | Rami Abdel Rahman, head of …, told dpa). No parser: a phrase is a run of
/// name words, possessives, role nouns and a few lower-case modifiers, optionally opened by a determiner.
/// </summary>
internal static class PhraseReader
{
    private const int MaxPhraseTokens = 12;
    private const int MaxLowerModifiers = 3;

    /// <summary>The speaker of a cue, read backwards: "X said", "X, head of …, said", "…, who has said".</summary>
    public static SpeakerPhrase? Before(QuoteContext c, int cueFirst, int min)
    {
        var i = CueReader.SkipBackAdjuncts(c, cueFirst - 1, min);
        if (i < min) return null;
        if (c.Is(i, "who"))
        {
            var j = c.Is(i - 1, ",") ? i - 2 : i - 1;
            return j >= min ? EndingAt(c, j, min) : null;
        }
        if (c.Is(i, ","))
        {
            // an apposition between name and cue: "Rami Abdel Rahman, head of the Observatory, told dpa"
            // or a name in apposition to a role: "The state's campaign chairman, Phil Lovas, said"
            for (var j = i - 1; j >= min && j >= i - L.MaxAppositionTokens; j--)
            {
                if (c.IsQuoteMark(j)) return null;
                if (!c.Is(j, ",")) continue;
                var outer = EndingAt(c, CueReader.SkipBackAdjuncts(c, j - 1, min), min);
                // the source is the name with its apposition, as the attribution corpora mark it
                if (outer is { Kind: SpeakerKind.Name }) return outer with { Span = new TextSpan(outer.Span.Start, c[i - 1].Span.End) };
                var inner = EndingAt(c, i - 1, j + 1);
                if (inner is { Kind: SpeakerKind.Name } && c.TokenAt(inner.Span.Start) == j + 1) return inner;
                return outer is { Kind: SpeakerKind.Role } ? outer : null;
            }
            return null;
        }
        return EndingAt(c, i, min);
    }

    /// <summary>
    /// A fallback for subjects the phrase grammar does not know ("Social conservatives say", "About one in five say",
    /// "67 percent say"): the words between a clause boundary and the cue, when they are few and hold no verb-like
    /// function word. PolNeAR's sources are such noun phrases far more often than anything else in that position.
    /// </summary>
    public static SpeakerPhrase? PlainBefore(QuoteContext c, int cueFirst, int min)
    {
        var end = CueReader.SkipBackAdjuncts(c, cueFirst - 1, min);
        if (end < min || !c.IsWord(end) && c[end].Kind != TokenKind.Number) return null;
        var start = end;
        while (start - 1 >= min && end - start < MaxPlainTokens && (c.IsWord(start - 1) || c[start - 1].Kind == TokenKind.Number || c.Is(start - 1, "'s") || c.Is(start - 1, "-")))
        {
            if (ClauseOpeners.Contains(c.Lower(start - 1))) break;
            start--;
        }
        // the phrase must open the clause: sentence start, a comma, or a conjunction
        if (start > min && !c.Is(start - 1, ",") && !c.Is(start - 1, ";") && !ClauseOpeners.Contains(c.Lower(start - 1)) && !c.IsQuoteMark(start - 1)) return null;
        for (var k = start; k <= end; k++)
            if (L.FunctionWords.Contains(c.Lower(k)) && !c.Is(k, "in") || L.ReportingVerbs.Contains(c.Lower(k)) || c.Is(k, "that") || c.Is(k, "it")) return null;
        if (ClauseOpeners.Contains(c.Lower(start)) && start == end) return null;
        var span = new TextSpan(c[start].Span.Start, c[end].Span.End);
        return new SpeakerPhrase(span, SpeakerKind.Role, null, c.Lower(end));
    }

    private const int MaxPlainTokens = 6;

    /// <summary>
    /// A fallback source after "according to": the words up to the next punctuation ("according to early returns",
    /// "according to the "Medicare for all" document he released").
    /// </summary>
    public static (SpeakerPhrase Phrase, int Next)? PlainAfter(QuoteContext c, int i, int max)
    {
        var j = i;
        while (j < max && j - i < 12 && (c.IsWord(j) || c[j].Kind == TokenKind.Number || c.IsQuoteMark(j) || c.Is(j, "'s") || c.Is(j, "-"))) j++;
        while (j > i && c.IsQuoteMark(j - 1)) j--;
        if (j == i || j - i >= 12) return null;
        var span = new TextSpan(c[i].Span.Start, c[j - 1].Span.End);
        return (new SpeakerPhrase(span, SpeakerKind.Role, null, c.Lower(j - 1)), j);
    }

    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "or", "while", "as", "because", "although", "though", "when", "if", "since", "so", "yet", "where", "whereas",
    };

    /// <summary>The phrase whose last word is token <paramref name="end"/>.</summary>
    public static SpeakerPhrase? EndingAt(QuoteContext c, int end, int min)
    {
        if (end < min || end >= c.Count) return null;
        if (IsPronoun(c, end)) return Pronoun(c, end);
        if (!NameWords.IsNamePart(c, end) && !IsRoleHead(c, end) && !IsModifier(c, end)) return null;
        int start = end, head = end, lower = 0;
        for (var j = end - 1; j >= min && end - j < MaxPhraseTokens; j--)
        {
            var w = c.Lower(j);
            if (NameWords.IsNamePart(c, j) || w == "'s" && c.IsWord(j - 1)) { start = j; continue; }
            if (L.Determiners.Contains(w)) { start = j; break; }
            if (L.InnerPrepositions.Contains(w) && IsRoleHead(c, j - 1) && j - 1 >= min) { start = j; head = j - 1; continue; }
            if (IsModifier(c, j) && lower < MaxLowerModifiers) { start = j; lower++; continue; }
            break;
        }
        return Build(c, start, end, head);
    }

    /// <summary>A phrase read forwards from <paramref name="i"/>; returns it and the index after it.</summary>
    public static (SpeakerPhrase Phrase, int Next)? After(QuoteContext c, int i, int max)
    {
        if (i >= max) return null;
        if (IsPronoun(c, i)) return (Pronoun(c, i), i + 1);
        var start = i;
        if (L.Determiners.Contains(c.Lower(i))) i++;
        var j = i;
        var lower = 0;
        while (j < max && j - start < MaxPhraseTokens)
        {
            if (NameWords.IsNamePart(c, j) || c.Is(j, "'s") && j > i) { j++; continue; }
            if (IsModifier(c, j) && lower < MaxLowerModifiers) { j++; lower++; continue; }
            break;
        }
        var end = j - 1;
        var determined = i > start || Enumerable.Range(i, Math.Max(0, j - i)).Any(k => c.Is(k, "'s"));
        while (end >= i && !NameWords.IsNamePart(c, end) && !IsRoleHead(c, end) && !(determined && IsModifier(c, end))) end--;
        if (end < i) return null;
        return Build(c, start, end, end) is { } p ? (p, end + 1) : null;
    }

    /// <summary>
    /// The subject of the clause holding <paramref name="before"/>: the first phrase at the sentence start or after a comma
    /// that a lower-case verb follows ("Speaking to reporters, Assad defended …" → Assad).
    /// </summary>
    public static SpeakerPhrase? SubjectBefore(QuoteContext c, int sentence, int before)
    {
        var first = c.SentenceFirstToken(sentence);
        for (var st = first; st < before; st++)
        {
            if (st != first && !c.Is(st - 1, ",")) continue;
            if (c.InsideQuote(c[st].Span.Start)) continue;
            if (After(c, st, before) is not var (p, next)) continue;
            next = CueReader.SkipForwardAdjuncts(c, next, before);
            var verb = c.Lower(next);
            if (next < before && c.IsWord(next) && !c[next].IsCapitalized && (!IsFunctionWord(verb) || L.Auxiliaries.Contains(verb))) return p;
        }
        return null;
    }

    public static bool IsPronoun(QuoteContext c, int i) => c.IsWord(i) && L.Pronouns.Contains(c[i].Text);

    public static bool IsRoleHead(QuoteContext c, int i)
    {
        if (!c.IsWord(i)) return false;
        var w = c.Lower(i);
        // plurals too: "lawmakers", "ministers"
        return L.PersonTitles.Contains(w) || L.SourceNouns.Contains(w) || w.EndsWith('s') && L.PersonTitles.Contains(w[..^1]);
    }

    private static SpeakerPhrase Pronoun(QuoteContext c, int i) => new(c[i].Span, SpeakerKind.Pronoun, null, c.Lower(i));

    // a lower-case word that can modify a head noun ("crisis management office"): not a function word, cue or verb form
    private static bool IsModifier(QuoteContext c, int j)
    {
        if (!c.IsWord(j) || c[j].IsCapitalized) return false;
        var w = c.Lower(j);
        return !IsFunctionWord(w) && !L.ReportingVerbs.Contains(w) && !L.Participles.Contains(w) && !L.Pronouns.Contains(w)
            && !w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("ly", StringComparison.Ordinal)
            // "-ing" is a verb form, except right after a determiner ("the ruling", "a briefing")
            && (!w.EndsWith("ing", StringComparison.Ordinal) || L.Determiners.Contains(c.Lower(j - 1)));
    }

    private static bool IsFunctionWord(string w) =>
        Stopwords.Contains(w) || L.PreCueSkip.Contains(w) || L.Determiners.Contains(w) || L.InnerPrepositions.Contains(w)
        || L.FunctionWords.Contains(w);

    private static SpeakerPhrase? Build(QuoteContext c, int start, int end, int head)
    {
        // "head of …" read backwards moves the head before the preposition; the phrase starts no later than it
        start = Math.Min(start, head);
        var span = NameWords.Span(c, start, end);
        if (!NameWords.IsNamePart(c, head))
        {
            // any noun can speak once a determiner or possessive makes it a phrase: "the announcer", "the ad's narrator"
            var determined = L.Determiners.Contains(c.Lower(start)) || Enumerable.Range(start, head - start).Any(k => c.Is(k, "'s"));
            return IsRoleHead(c, head) || determined ? new SpeakerPhrase(span, SpeakerKind.Role, null, c.Lower(head)) : null;
        }
        var runStart = head;
        while (runStart - 1 >= start && NameWords.IsNamePart(c, runStart - 1)) runStart--;
        var titles = NameWords.TitleCount(c, runStart, head + 1);
        if (runStart + titles > head)
            // only titles: "its Foreign Minister" is a role
            return new SpeakerPhrase(span, SpeakerKind.Role, null, c.Lower(head));
        // "Syrian Observatory for Human Rights": a name that goes on after a preposition keeps its capitalised tail
        var nameEnd = head;
        if (end > head && Enumerable.Range(head + 2, end - head - 1).All(k => NameWords.IsNamePart(c, k))) nameEnd = end;
        var name = NameWords.Span(c, runStart + titles, nameEnd);
        return new SpeakerPhrase(span, SpeakerKind.Name, name, c.Lower(head));
    }
}
