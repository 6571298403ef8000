using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Summarize;

/// <summary>
/// Finds, for a sentence, the sentences of other articles that say the same thing in other words, so a summary
/// sentence can name every article and outlet behind it.
/// </summary>
internal sealed class SupportFinder(ImmutableArray<SentenceUnit> all, double threshold)
{
    /// <summary>Sentences of other articles at or above the threshold, in article then sentence order.</summary>
    public IEnumerable<SentenceUnit> Matches(SentenceUnit s) =>
        all.Where(t => t.ArticleIndex != s.ArticleIndex && t.Vector.Cosine(s.Vector) >= threshold);

    /// <summary>How many other articles report the sentence.</summary>
    public int Articles(SentenceUnit s) => Matches(s).Select(t => t.ArticleIndex).Distinct().Count();

    /// <summary>The sentence itself first, then each matching sentence of the other articles.</summary>
    /// <summary>The sentences of other articles that say what <paramref name="s"/> says; the origin itself is not among them.</summary>
    public ImmutableArray<SentenceRef> Support(SentenceUnit s) => [.. Matches(s).Select(t => t.Ref)];
}
