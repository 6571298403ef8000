using L = Dossier.Quotes.QuoteLexicon;

namespace Dossier.Quotes.Sieves;

/// <summary>
/// A quotation inside a reported clause ("Assad said … though it made no sense "that states which stood with terrorism …"")
/// is the speaker's own words: a direct quote with the clause's attribution. Short ones ("a miracle", "terrorists")
/// are scare quotes and stay part of the indirect text only.
/// </summary>
internal sealed class EmbeddedInReportSieve : IFollowUpSieve
{
    public string Name => "EmbeddedInReport";

    public Candidate? Attribute(QuoteContext c, QuotedSpan quote, IReadOnlyList<Candidate> found)
    {
        if (quote.Words < L.MinEmbeddedWords) return null;
        var host = found.FirstOrDefault(f => !f.Direct && f.Content.Start <= quote.Open && quote.Close < f.Content.End);
        return host is null ? null : new Candidate(quote.Content, true, host.Attribution, Name, quote);
    }
}
