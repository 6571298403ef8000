using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Cluster;

/// <summary>
/// Groups articles into events and events into stories, online: <see cref="Cluster"/> feeds the articles in input
/// order to a <see cref="ClusterStream"/>, which places each as it arrives and never re-clusters what it has placed.
/// Ids are "e1", "e2"... (events in the order they were started) and "s1", "s2"... (stories by their first article).
/// </summary>
public sealed class StoryClusterer(ClusterOptions? options = null, BackgroundFrequencies? background = null)
{
    private readonly ClusterOptions _o = options ?? ClusterOptions.Default;
    private readonly BackgroundFrequencies _background = background ?? BackgroundFrequencies.Embedded;

    public ImmutableArray<StoryCluster> Cluster(IReadOnlyList<AnnotatedArticle> articles)
    {
        var stream = new ClusterStream(_o, _background);
        foreach (var a in articles) stream.Add(a);
        return stream.Stories();
    }
}
