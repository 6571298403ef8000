using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Timeline;

/// <summary>
/// Chooses, for one date, the sentences that best tell what happened then. The candidates are the sentences that name
/// the date and the leads, naming no date, of the articles published that day or the next; they are ranked by closeness to
/// their own TF-IDF centroid (what the reports of that day have in common, rather than one outlet's aside) and by
/// their fitness to stand alone. Remembers what it chose so that no sentence, nor a near-copy of one from another
/// outlet, is used for two dates.
/// </summary>
internal sealed class SentencePicker
{
    private const double NearIdentical = 0.7;
    private const double Supporting = 0.4;

    // Sentences of an article published on the day that name no date: the day's news, less surely than a named date.
    private const int PublishedLead = 5;
    private const double PublishedWeight = 0.5;

    // The next morning's papers lead with what happened the day before, though less surely than that day's own.
    private const double NextDayWeight = 0.5;

    private readonly Dictionary<(string, int), StemBag> bags = [];
    private readonly Dictionary<(string, int), Dictionary<string, double>> vectors = [];
    private readonly HashSet<(string, int)> used = [];
    private readonly List<StemBag> usedBags = [];
    private readonly ILookup<DateOnly, DatedSentence> publishedLeads;
    private readonly TermWeights weights;
    private readonly Dictionary<string, double> story = new(StringComparer.Ordinal);

    public SentencePicker(IReadOnlyList<AnnotatedArticle> articles)
    {
        weights = new TermWeights(articles.SelectMany(a => a.Article.Sentences.IsDefault ? [] : a.Article.Sentences.Select(s => Bag(a, s))));
        publishedLeads = articles
            .Where(a => a.Article.Published is { Day: not null, Start: not null } && !a.Article.Sentences.IsDefaultOrEmpty)
            .SelectMany(a =>
            {
                var dated = (a.Times.IsDefault ? [] : a.Times).Select(t => t.Sentence).ToHashSet();
                var day = a.Article.Published!.Truncate(DateGranularity.Day);
                return a.Article.Sentences.Take(PublishedLead).Where(s => !dated.Contains(s.Index))
                    .Select(s => new DatedSentence(a, SentenceFurniture.Trim(s), day, PublishedWeight, false, 0));
            })
            .ToLookup(s => s.Date.Start!.Value);
        // Each article has one vote on what the story is about, so a long live blog or market report does not outweigh
        // the many short reports of the events.
        foreach (var a in articles)
        {
            var one = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var s in a.Article.Sentences.IsDefault ? [] : a.Article.Sentences)
                foreach (var (k, x) in weights.Vector(Bag(a, s))) one[k] = one.GetValueOrDefault(k) + x;
            TermWeights.Normalize(one);
            foreach (var (k, x) in one) story[k] = story.GetValueOrDefault(k) + x;
        }
        TermWeights.Normalize(story);
    }

    /// <summary>The chosen sentences for the date (best first) and the sentences elsewhere that say the same.</summary>
    public (ImmutableArray<DatedSentence> Chosen, ImmutableArray<DatedSentence> Support) Pick(ScoredDate date, int count)
    {
        var pool = date.Sentences.AsEnumerable();
        if (date.Date.Granularity >= DateGranularity.Day && date.Date.Start is DateOnly day) pool = pool
            .Concat(publishedLeads[day])
            .Concat(publishedLeads[day.AddDays(1)].Select(s => s with { Weight = s.Weight * NextDayWeight }));
        var candidates = pool
            .GroupBy(Key)
            .Select(g => g.OrderByDescending(s => s.Explicit).First())
            .Where(s => !used.Contains(Key(s)) && !Bag(s).IsEmpty)
            .ToList();
        var centroid = Centroid(candidates);
        var ranked = candidates
            .Select(s => (s, score: Score(s, centroid)))
            .OrderByDescending(x => x.score)
            .ThenBy(x => x.s.Article.Article.Id, StringComparer.Ordinal)
            .ThenBy(x => x.s.Sentence.Index)
            .Select(x => x.s);

        var chosen = new List<DatedSentence>();
        foreach (var s in ranked)
        {
            if (chosen.Count >= count) break;
            // Across dates only a near-copy is barred; within a date a sentence that says what a chosen one says (a
            // supporting source) adds no news beside it.
            if (usedBags.Any(b => b.Cosine(Bag(s)) >= NearIdentical) || chosen.Any(c => Bag(c).Cosine(Bag(s)) >= Supporting)) continue;
            chosen.Add(s);
            used.Add(Key(s));
            usedBags.Add(Bag(s));
        }
        var support = candidates
            .Where(s => !chosen.Contains(s) && chosen.Any(c => Bag(c).Cosine(Bag(s)) >= Supporting))
            .ToList();
        foreach (var s in support) used.Add(Key(s));
        return ([.. chosen], [.. support]);
    }

    /// <summary>
    /// How close the sentences that name the date are to what the story is about, weighted as their evidence is. The
    /// undated leads of the day's articles stand in only for a date nothing names: they tell the day's news, which may
    /// be another matter than what happened on the date.
    /// </summary>
    public double Relevance(ScoredDate date)
    {
        double sum = 0, weight = 0;
        var named = date.Sentences.Any(s => s.Explicit);
        foreach (var s in date.Sentences)
        {
            if (Bag(s).IsEmpty || (named && !s.Explicit)) continue;
            sum += s.Weight * TermWeights.Dot(Vector(s), story);
            weight += s.Weight;
        }
        return weight == 0 ? 0 : sum / weight;
    }

    /// <summary>The candidates' mean direction, each weighted by how surely it is about the date.</summary>
    private Dictionary<string, double> Centroid(List<DatedSentence> candidates)
    {
        var c = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var s in candidates)
        {
            var w = s.Weight;
            foreach (var (k, x) in Vector(s)) c[k] = c.GetValueOrDefault(k) + w * x;
        }
        TermWeights.Normalize(c);
        return c;
    }

    /// <summary>
    /// Close to what the day's reports share (the date's centroid) and to what the whole story is about (its centroid:
    /// an aside on share prices in an oil-spill story is far from it), weighted by how surely the sentence is about
    /// the date (<see cref="DatedSentence.Weight"/>: lead, hindsight, not a plan), and fit to stand alone.
    /// </summary>
    private double Score(DatedSentence s, Dictionary<string, double> centroid) =>
        Quality(s) * Math.Sqrt(s.Weight) * TermWeights.Dot(Vector(s), centroid) * TermWeights.Dot(Vector(s), story);

    private static (string, int) Key(DatedSentence s) => (s.Article.Article.Id, s.Sentence.Index);

    private StemBag Bag(DatedSentence s) => Bag(s.Article, s.Sentence);

    private StemBag Bag(AnnotatedArticle a, Sentence s)
    {
        var key = (a.Article.Id, s.Index);
        if (!bags.TryGetValue(key, out var bag)) bags[key] = bag = new StemBag(SentenceContent.Of(SentenceFurniture.Trim(s).Text));
        return bag;
    }

    private Dictionary<string, double> Vector(DatedSentence s)
    {
        if (!vectors.TryGetValue(Key(s), out var v)) vectors[Key(s)] = v = weights.Vector(Bag(s));
        return v;
    }

    private double Quality(DatedSentence s) => SentenceQuality.Of(s, Bag(s).WordCount);
}
