using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Entities;

/// <summary>Merges mentions across articles and outlets into entities with aliases.</summary>
public sealed class EntityMerger
{
    public ImmutableArray<Entity> Merge(IReadOnlyList<AnnotatedArticle> articles) => [];
}
