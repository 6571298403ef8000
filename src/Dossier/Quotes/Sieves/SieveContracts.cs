namespace Dossier.Quotes.Sieves;

/// <summary>
/// A sieve that attributes one quotation from the words next to it. Sieves run in a fixed order
/// (see <see cref="QuoteExtractor"/>); the first that fires wins and its <see cref="Name"/> becomes the quote's rule.
/// </summary>
internal interface IDirectSieve
{
    string Name { get; }

    Attribution? Attribute(QuoteContext c, QuotedSpan quote);
}

/// <summary>A sieve that finds reported speech (no quotation marks) around cues not yet used by an earlier sieve.</summary>
internal interface IIndirectSieve
{
    string Name { get; }

    IEnumerable<Candidate> Find(QuoteContext c, ISet<int> usedCueTokens);
}

/// <summary>
/// Sieves that run after the cue sieves and attribute a still-unattributed quotation from what was already found.
/// Each returns the candidate for one quotation or null.
/// </summary>
internal interface IFollowUpSieve
{
    string Name { get; }

    Candidate? Attribute(QuoteContext c, QuotedSpan quote, IReadOnlyList<Candidate> found);
}
