using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Entities;

/// <summary>
/// Merges mentions across articles and outlets into entities with aliases: names by key and short form
/// (<see cref="NameLinker"/>), then roles to the people holding them (<see cref="RoleLinker"/>).
/// Reads the mentions already on each <see cref="AnnotatedArticle"/>; it does not recognise any itself.
/// </summary>
public sealed class EntityMerger
{
    /// <summary>Entities ordered by how many articles, then how many mentions, they have (most first).</summary>
    public ImmutableArray<Entity> Merge(IReadOnlyList<AnnotatedArticle> articles)
    {
        var mentions = MentionInfo.Collect(articles);
        var sets = new UnionFind(mentions.Count);
        NameLinker.Link(mentions, sets);
        RoleLinker.Link(mentions, sets);
        return EntityBuilder.Build(mentions, sets);
    }
}
