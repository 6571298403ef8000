using Dossier.Text;
using System.Collections.Immutable;

namespace Dossier.Cluster;

/// <summary>
/// A growing group of articles (an event, or a story) with its centroids and date span. Immutable: joining
/// returns a new group, so the single pass never edits what it has already decided.
/// </summary>
internal sealed record ProfileGroup(ImmutableArray<ArticleProfile> Members, TermVector Terms, TermVector Names, IReadOnlySet<ulong> Phrases, DateSpan? When)
{
    public static readonly ProfileGroup Empty = new([], TermVector.Empty, TermVector.Empty, new HashSet<ulong>(), null);

    public static ProfileGroup Of(IReadOnlyCollection<ArticleProfile> members) => Empty.With(members);

    public ProfileGroup With(IReadOnlyCollection<ArticleProfile> more)
    {
        var when = When;
        foreach (var m in more)
            if (m.When is DateSpan d) when = when is DateSpan w ? w.Union(d) : d;
        // A fresh set per join (never edited afterwards) keeps the group immutable while lookups stay O(1).
        var phrases = new HashSet<ulong>(Phrases);
        foreach (var m in more) phrases.UnionWith(m.Phrases);
        return new ProfileGroup([.. Members, .. more], Terms.PlusUnits(more.Select(m => m.Terms)), Names.PlusUnits(more.Select(m => m.Names)), phrases, when);
    }

    /// <summary>Topic and names: how a story is compared with an event.</summary>
    public double Similarity(TermVector terms, TermVector names, ClusterOptions o) => o.Similarity(terms, names, Terms, Names);

    /// <summary>Topic, names and wording: how an event is compared with an article.</summary>
    public double EventSimilarity(ArticleProfile a, ClusterOptions o) =>
        (1 - o.PhraseWeight) * Similarity(a.Terms, a.Names, o)
        + o.PhraseWeight * Math.Min(1, Shingles.Containment(a.Phrases, Phrases) / o.PhraseSaturation);

    /// <summary>Members from the closest to the group's centre outwards (input order on ties).</summary>
    public IReadOnlyList<ArticleProfile> ByCentrality(ClusterOptions o) =>
        [.. Members.Select((m, i) => (m, i, score: Similarity(m.Terms, m.Names, o)))
            .OrderByDescending(x => Math.Round(x.score, 12)).ThenBy(x => x.i).Select(x => x.m)];
}
