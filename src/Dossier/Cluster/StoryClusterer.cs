using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Cluster;

/// <summary>Groups articles into events, and events into stories.</summary>
public sealed class StoryClusterer
{
    public ImmutableArray<StoryCluster> Cluster(IReadOnlyList<AnnotatedArticle> articles) =>
        [.. articles.Select((a, i) => new StoryCluster($"s{i + 1}", a.Article.Title ?? "", [new Event($"e{i + 1}", a.Article.Title ?? "", a.Article.Published, [a.Article.Id])]))];
}
