namespace Dossier.Quotes.Sieves;

/// <summary>
/// An interrupted quotation: "…," he said. "…" — the part after the attribution, in the same paragraph or opening
/// the next one, continues the same speaker. So does the next paragraph of a quotation left open at a paragraph's
/// end (the convention for quotations running over several paragraphs).
/// </summary>
internal sealed class ContinuationSieve : IFollowUpSieve
{
    private const int MaxSameLineGap = 200;
    private const int MaxParagraphGap = 120;

    public string Name => "Continuation";

    public Candidate? Attribute(QuoteContext c, QuotedSpan quote, IReadOnlyList<Candidate> found)
    {
        if (quote.Index == 0) return null;
        var prev = c.Quotes[quote.Index - 1];
        var host = found.FirstOrDefault(f => f.Direct && f.Quote == prev);
        if (host is null) return null;
        var cue = host.Attribution.Cue.Span;
        var sameLine = c.LineOf(prev.Open).Start == c.LineOf(quote.Open).Start;
        var cueBetween = cue.Start >= prev.After && cue.End <= quote.Open;
        var runsOn = !sameLine && prev.Close >= c.LineOf(prev.Open).End;
        if (!cueBetween && !runsOn) return null;

        var gap = c.Text[Math.Min(cueBetween ? cue.End : prev.Close, quote.Open)..quote.Open];
        if (sameLine)
        {
            // the previous quotation's own attribution stands between the two ("…," he said. "…")
            var tail = gap.TrimEnd();
            return tail.Length == 0 || tail[^1] is not ('.' or ':' or ',') || gap.Length > MaxSameLineGap ? null : Make(quote, host);
        }
        // a new paragraph opening with the quotation, right after the attributed one
        var line = c.LineOf(quote.Open);
        if (c.Text[line.Start..quote.Open].Trim().Length > 0) return null;
        if (!runsOn && c.Text[Math.Min(quote.After, line.End)..line.End].Trim().Length > 1) return null;
        return gap.Count(ch => ch == '\n') > 2 || gap.Trim().Length > MaxParagraphGap ? null : Make(quote, host);
    }

    private Candidate Make(QuotedSpan quote, Candidate host) => new(quote.Content, true, host.Attribution, Name, quote);
}
