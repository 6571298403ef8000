using System.Collections.Immutable;

namespace Dossier.Cluster;

/// <summary>
/// A growing group of articles (an event, or a story) with its centroids and date span. Immutable: joining
/// returns a new group, so the single pass never edits what it has already decided.
/// </summary>
internal sealed record ProfileGroup(ImmutableArray<ArticleProfile> Members, TermVector Terms, TermVector Names, DateSpan? When)
{
    public static ProfileGroup Of(IEnumerable<ArticleProfile> members)
    {
        var list = members.ToImmutableArray();
        DateSpan? when = null;
        foreach (var m in list)
            if (m.When is DateSpan d) when = when is DateSpan w ? w.Union(d) : d;
        return new ProfileGroup(list, TermVector.SumOfUnits(list.Select(m => m.Terms)), TermVector.SumOfUnits(list.Select(m => m.Names)), when);
    }

    public ProfileGroup With(IEnumerable<ArticleProfile> more) => Of(Members.Concat(more));

    public double Similarity(TermVector terms, TermVector names, ClusterOptions o) => o.Similarity(terms, names, Terms, Names);

    /// <summary>The member closest to the group's centre (first on ties): its title speaks for the group.</summary>
    public ArticleProfile Central(ClusterOptions o) =>
        Members.Select(m => (m, score: Similarity(m.Terms, m.Names, o)))
            .Aggregate((best, next) => next.score > best.score + 1e-12 ? next : best).m;
}
