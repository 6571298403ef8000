using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Cluster;

/// <summary>
/// Where an article went when it arrived: its event's number n ("en", in the order events were started) and its story's
/// number m ("sm", stories ordered by their first article) as <see cref="ClusterStream.Stories"/> would print them then.
/// An event keeps its number; a story's number can fall when it merges with an earlier story.
/// </summary>
public readonly record struct Placement(int Event, int Story);

/// <summary>
/// The online clusterer. Each article, as it arrives, joins the event whose centroid it is most similar to, if that
/// similarity reaches the event threshold (higher when only one of them is dated) and no date rules it out (both dated
/// and more than a week apart); otherwise it starts an event. A new event joins the story whose centroid its article is most similar to, if it reaches the story
/// threshold, shares names with the story and falls within its span; otherwise it starts a story. When an event grows
/// it may show that its story and another are one (<see cref="Centroid.Affinity"/>): they are merged, a local step.
/// Term weights use background document frequencies plus the stream's own, so nothing is computed over the batch.
/// Cost per article: a date check per event and a cosine (over the article's terms) per event within reach, and the same per
/// story; candidates from an inverted index of rare terms would make it sublinear in the number of events.
/// </summary>
public sealed class ClusterStream(ClusterOptions? options = null, BackgroundFrequencies? background = null)
{
    private readonly ClusterOptions _o = options ?? ClusterOptions.Default;
    private readonly StreamIdf _idf = new(background ?? BackgroundFrequencies.Embedded);
    private readonly List<EventGroup> _events = [];
    private readonly List<StoryGroup> _stories = [];
    private int _count;

    public Placement Add(AnnotatedArticle article)
    {
        var p = ArticleProfile.Of(_count++, article, _idf);
        var ev = BestEvent(p) ?? StartEvent(p);
        ev.Add(p);
        ev.Story.Add(p);
        if (ev.Members.Count >= 2) MergeStories(ev);
        return new Placement(ev.Number, 1 + _stories.Count(s => s.First < ev.Story.First));
    }

    /// <summary>The stories so far, each with its events and their articles in input order.</summary>
    public ImmutableArray<StoryCluster> Stories() =>
        [.. _stories.OrderBy(s => s.First).Select((s, i) => new StoryCluster(
            $"s{i + 1}",
            Titles.Of([.. s.Events.OrderByDescending(e => e.Members.Count).ThenBy(e => e.Number).First().ByCentrality().Select(m => m.Article)]),
            [.. s.Events.Select(ToEvent)]))];

    private EventGroup? BestEvent(ArticleProfile p)
    {
        EventGroup? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var e in _events)
        {
            if (DateSpan.TooFar(e.When, p.When, _o.MaxEventGapDays)) continue;
            var threshold = (e.When is null) == (p.When is null) ? _o.EventThreshold : _o.PartlyDatedEventThreshold;
            var score = e.Centroid.Cosine(p.Terms);
            if (score >= threshold && score > bestScore + 1e-12) (best, bestScore) = (e, score);
        }
        return best;
    }

    private EventGroup StartEvent(ArticleProfile p)
    {
        var story = BestStory(p);
        if (story is null)
        {
            story = new StoryGroup(p.Index);
            _stories.Add(story);
        }
        var ev = new EventGroup(_events.Count + 1, story);
        story.Events.Add(ev);
        _events.Add(ev);
        return ev;
    }

    private StoryGroup? BestStory(ArticleProfile p)
    {
        StoryGroup? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var s in _stories)
        {
            if (DateSpan.TooFar(s.When, p.When, _o.MaxStoryGapDays)) continue;
            if (p.Names.Count(s.Names.Contains) < _o.MinSharedNames) continue;
            var score = s.Centroid.Cosine(p.Terms);
            if (score >= _o.StoryThreshold && score > bestScore + 1e-12) (best, bestScore) = (s, score);
        }
        return best;
    }

    /// <summary>Folds into the event's story every other story the grown event is about as close to as to its own kind.</summary>
    private void MergeStories(EventGroup ev)
    {
        var names = ev.Members.SelectMany(m => m.Names).ToHashSet(StringComparer.Ordinal);
        for (var merged = true; merged;)
        {
            merged = false;
            foreach (var other in _stories)
            {
                if (other == ev.Story || other.Centroid.Count < 2) continue;
                if (DateSpan.TooFar(other.When, ev.When, _o.MaxStoryGapDays)) continue;
                if (names.Count(other.Names.Contains) < _o.MinSharedNames) continue;
                if (ev.Centroid.Affinity(other.Centroid, _o.PriorCohesion, _o.PriorPairs) < _o.StoryMergeAffinity) continue;
                ev.Story.Absorb(other);
                _stories.Remove(other);
                merged = true;
                break;
            }
        }
    }

    private static Event ToEvent(EventGroup g)
    {
        var earliest = g.Members.Where(m => m.When is not null).OrderBy(m => m.When!.Value.First).ThenBy(m => m.Index).FirstOrDefault();
        // An event happens on a day: the clock time of its first report is not part of its date.
        var date = earliest?.Article.Published?.Truncate(DateGranularity.Day);
        return new Event($"e{g.Number}", Titles.Of([.. g.ByCentrality().Select(m => m.Article)]), date, [.. g.Members.Select(m => m.Id)]);
    }
}
