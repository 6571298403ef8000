namespace Dossier.Quotes.Sieves;

/// <summary>
/// An interrupted quotation: "…," he said. "…" — the part after the attribution, in the same paragraph or opening
/// the next one, continues the same speaker.
/// </summary>
internal sealed class ContinuationSieve : IFollowUpSieve
{
    public string Name => "Continuation";

    public Candidate? Attribute(QuoteContext c, QuotedSpan quote, IReadOnlyList<Candidate> found)
    {
        if (quote.Index == 0) return null;
        var prev = c.Quotes[quote.Index - 1];
        var host = found.FirstOrDefault(f => f.Direct && f.Quote == prev);
        if (host is null) return null;
        var cue = host.Attribution.Cue.Span;
        // the previous quotation's own attribution must stand between the two ("…," he said. "…")
        if (cue.Start < prev.After || cue.End > quote.Open) return null;
        var gap = c.Text[cue.End..quote.Open];
        var sameLine = c.LineOf(prev.Open).Start == c.LineOf(quote.Open).Start;
        if (sameLine)
        {
            var tail = gap.TrimEnd();
            if (tail.Length == 0 || tail[^1] is not ('.' or ':' or ',') || gap.Length > 200) return null;
        }
        else
        {
            // a new paragraph that is nothing but the quotation, right after the attributed one
            var line = c.LineOf(quote.Open);
            if (c.Text[line.Start..quote.Open].Trim().Length > 0 || c.Text[quote.After..line.End].Trim().Length > 1) return null;
            if (gap.Count(ch => ch == '\n') > 2 || gap.Trim().Length > 120) return null;
        }
        return new Candidate(quote.Content, true, host.Attribution, Name, quote);
    }
}
