using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Cluster;

/// <summary>
/// Groups articles into events, and events into stories. One pass in input order: an article joins the event it
/// matches best (topic words, names and wording; never across more than a week, and on stronger evidence when a date
/// is missing) or starts a new one; then each event, in the order events were first seen, joins the story it matches
/// best (topic and names, at a lower threshold over a longer span) or starts one.
/// Nothing decided is revisited, so the pass can later be fed candidates from MinHash/LSH instead of all events.
/// Ids are "e1", "e2"... and "s1", "s2"... in first-seen order.
/// </summary>
public sealed class StoryClusterer(ClusterOptions? options = null)
{
    private readonly ClusterOptions _o = options ?? ClusterOptions.Default;

    public ImmutableArray<StoryCluster> Cluster(IReadOnlyList<AnnotatedArticle> articles)
    {
        var profiles = ArticleProfile.Build(articles);
        var events = AssignEvents(profiles);
        var stories = AssignStories(events);
        return [.. stories.Select((s, i) => new StoryCluster(
            $"s{i + 1}",
            Titles.Of([.. s.Select(e => events[e]).OrderByDescending(e => e.Members.Length).First().ByCentrality(_o).Select(m => m.Article)]),
            [.. s.Select(e => ToEvent($"e{e + 1}", events[e]))]))];
    }

    private List<ProfileGroup> AssignEvents(ImmutableArray<ArticleProfile> profiles)
    {
        var events = new List<ProfileGroup>();
        foreach (var p in profiles)
        {
            var best = Best(events, g => EventScore(g, p));
            if (best is int i) events[i] = events[i].With([p]);
            else events.Add(ProfileGroup.Of([p]));
        }
        return events;
    }

    /// <summary>The article's similarity to the event, or null when it may not join (too far apart, too unlike).</summary>
    private double? EventScore(ProfileGroup g, ArticleProfile p)
    {
        if (DateSpan.TooFar(g.When, p.When, _o.MaxEventGapDays)) return null;
        var threshold = g.When is not null && p.When is not null ? _o.EventThreshold : _o.UndatedEventThreshold;
        var score = g.EventSimilarity(p, _o);
        return score >= threshold ? score : null;
    }

    /// <summary>Stories as lists of the indices of the (final) events they hold, in first-seen order.</summary>
    private List<List<int>> AssignStories(List<ProfileGroup> events)
    {
        var stories = new List<(ProfileGroup All, List<int> Events)>();
        for (var k = 0; k < events.Count; k++)
        {
            var e = events[k];
            var best = Best(stories.Select(s => s.All).ToList(), s => StoryScore(s, e));
            if (best is int i)
            {
                stories[i].Events.Add(k);
                stories[i] = (stories[i].All.With(e.Members), stories[i].Events);
            }
            else stories.Add((e, [k]));
        }
        return [.. stories.Select(s => s.Events)];
    }

    private double? StoryScore(ProfileGroup story, ProfileGroup e)
    {
        if (DateSpan.TooFar(story.When, e.When, _o.MaxStoryGapDays)) return null;
        if (story.Names.SharedTerms(e.Names) < _o.MinSharedNames) return null;
        var score = story.Similarity(e.Terms, e.Names, _o);
        return score >= _o.StoryThreshold ? score : null;
    }

    /// <summary>Index of the highest-scoring candidate (first on ties), skipping those scored null.</summary>
    private static int? Best<T>(IReadOnlyList<T> candidates, Func<T, double?> score)
    {
        int? best = null;
        var bestScore = double.NegativeInfinity;
        for (var i = 0; i < candidates.Count; i++)
            if (score(candidates[i]) is double s && s > bestScore + 1e-12) (best, bestScore) = (i, s);
        return best;
    }

    private Event ToEvent(string id, ProfileGroup g)
    {
        var earliest = g.Members.Where(m => m.When is not null).OrderBy(m => m.When!.Value.First).ThenBy(m => m.Index).FirstOrDefault();
        // An event happens on a day: the clock time of its first report is not part of its date.
        var date = earliest?.Article.Published?.Truncate(DateGranularity.Day);
        return new Event(id, Titles.Of([.. g.ByCentrality(_o).Select(m => m.Article)]), date, [.. g.Members.Select(m => m.Id)]);
    }
}
