namespace Dossier.Cluster;

/// <summary>An event while the stream is read: its articles, their centroid and dates, and the story it belongs to.</summary>
internal sealed class EventGroup(int number, StoryGroup story)
{
    public int Number { get; } = number;

    public StoryGroup Story { get; set; } = story;

    public Centroid Centroid { get; } = new();

    public List<ArticleProfile> Members { get; } = [];

    public DateSpan? When { get; private set; }

    public void Add(ArticleProfile p)
    {
        Members.Add(p);
        Centroid.Add(p.Terms);
        if (p.When is DateSpan d) When = When is DateSpan w ? w.Union(d) : d;
    }

    /// <summary>Members from the closest to the centroid outwards (input order on ties).</summary>
    public IEnumerable<ArticleProfile> ByCentrality() =>
        Members.Select((m, i) => (m, i, score: Centroid.Cosine(m.Terms)))
            .OrderByDescending(x => Math.Round(x.score, 12)).ThenBy(x => x.i).Select(x => x.m);
}

/// <summary>A story while the stream is read: its events, the centroid of all their articles, their names and dates.</summary>
internal sealed class StoryGroup(int first)
{
    /// <summary>Input index of the story's first article: stories are numbered in the order they were first seen.</summary>
    public int First { get; private set; } = first;

    public Centroid Centroid { get; } = new();

    public List<EventGroup> Events { get; } = [];

    public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

    public DateSpan? When { get; private set; }

    public void Add(ArticleProfile p)
    {
        Centroid.Add(p.Terms);
        Names.UnionWith(p.Names);
        if (p.When is DateSpan d) When = When is DateSpan w ? w.Union(d) : d;
    }

    /// <summary>Takes over every event of <paramref name="other"/>, which is then empty and dropped by the caller.</summary>
    public void Absorb(StoryGroup other)
    {
        Centroid.Add(other.Centroid);
        Names.UnionWith(other.Names);
        if (other.When is DateSpan d) When = When is DateSpan w ? w.Union(d) : d;
        foreach (var e in other.Events) e.Story = this;
        Events.AddRange(other.Events);
        Events.Sort((a, b) => a.Number.CompareTo(b.Number));
        First = Math.Min(First, other.First);
    }
}
