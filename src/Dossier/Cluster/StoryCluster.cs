using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Cluster;

/// <summary>A story as clustering sees it: its events, before entities, quotes, timeline and summary are attached.</summary>
public sealed record StoryCluster(string Id, string Title, ImmutableArray<Event> Events)
{
    public ImmutableArray<string> ArticleIds => [.. Events.SelectMany(e => e.ArticleIds).Distinct()];
}
