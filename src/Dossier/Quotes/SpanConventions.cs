using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>
/// Where an attribution's spans begin and end, following the attribution corpora (PARC, PolNeAR): the source is the
/// whole noun phrase with its titles and determiner ("Mr. Trump", "the campaign"), the cue keeps the auxiliaries and
/// adverbs welded to the verb ("has also said"), and reported content opens with its complementiser ("that …").
/// </summary>
internal static class SpanConventions
{
    /// <summary>Words that belong to the cue when they stand right before the verb.</summary>
    private static readonly HashSet<string> CueOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "also", "later", "recently", "previously", "repeatedly", "already", "again", "once",
        "publicly", "privately", "reportedly", "will", "would", "could", "might", "may", "did", "does", "do", "not", "never",
    };

    /// <summary>Prepositions a verb governs ("called for", "talked about"): part of the cue, not of the content.</summary>
    private static readonly HashSet<string> CuePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "for", "about", "against", "of", "to", "with", "out", "on",
    };

    /// <summary>The preposition that follows the cue and opens the content, if any: it moves from content to cue.</summary>
    public static int GovernedPreposition(QuoteContext c, Cue cue, TextSpan content)
    {
        var k = cue.LastToken + 1;
        return k < c.Count && CuePrepositions.Contains(c[k].Text) && c[k].Span.Start == content.Start ? k : -1;
    }

    public static TextSpan Cue(QuoteContext c, Cue cue, TextSpan? speaker)
    {
        var first = cue.FirstToken;
        // never reach back into the speaker ("Trump has said": "has" is cue, "Trump" is not)
        var floor = speaker is { } s ? c.TokenAt(s.End) : 0;
        while (first - 1 >= floor && c.IsWord(first - 1) && CueOpeners.Contains(c[first - 1].Text) && !c.InsideQuote(c[first - 1].Span.Start)) first--;
        return new TextSpan(c[first].Span.Start, cue.Span.End);
    }

    public static TextSpan Content(QuoteContext c, TextSpan content, bool direct, TextSpan cue)
    {
        if (direct) return content;
        if (content.Start >= cue.Start && content.Start < cue.End)
        {
            // the governed preposition went to the cue; the content starts after it
            var next = c.TokenAt(cue.End);
            return next < c.Count && c[next].Span.Start < content.End ? new TextSpan(c[next].Span.Start, content.End) : content;
        }
        var t = c.TokenAt(content.Start);
        return t > 0 && t < c.Count && c.Is(t - 1, "that") && c[t - 1].Span.Start >= cue.End ? new TextSpan(c[t - 1].Span.Start, content.End) : content;
    }
}
