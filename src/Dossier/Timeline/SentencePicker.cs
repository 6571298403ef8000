using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Timeline;

/// <summary>
/// Chooses, for one date, the sentences that best tell what happened then: sentences that name the date, are of a
/// readable length, and say what the other outlets' sentences for that date say (central rather than idiosyncratic).
/// Remembers what it chose so that no sentence, nor a near-copy of one from another outlet, is used for two dates.
/// </summary>
internal sealed class SentencePicker
{
    private const double NearIdentical = 0.7;
    private const double Supporting = 0.4;

    private readonly Dictionary<(string, int), StemBag> bags = [];
    private readonly HashSet<(string, int)> used = [];
    private readonly List<StemBag> usedBags = [];

    /// <summary>The chosen sentences for the date (best first) and the sentences elsewhere that say the same.</summary>
    public (ImmutableArray<DatedSentence> Chosen, ImmutableArray<DatedSentence> Support) Pick(ScoredDate date, int count)
    {
        var candidates = date.Sentences
            .GroupBy(s => Key(s))
            .Select(g => g.OrderByDescending(s => s.Explicit).First())
            .Where(s => !used.Contains(Key(s)) && !Bag(s).IsEmpty)
            .ToList();
        var ranked = candidates
            .Select(s => (s, score: Quality(s) * (0.2 + Centrality(s, candidates))))
            .OrderByDescending(x => x.score)
            .ThenBy(x => x.s.Article.Article.Id, StringComparer.Ordinal)
            .ThenBy(x => x.s.Sentence.Index)
            .Select(x => x.s);

        var chosen = new List<DatedSentence>();
        foreach (var s in ranked)
        {
            if (chosen.Count >= count) break;
            if (usedBags.Any(b => b.Cosine(Bag(s)) >= NearIdentical)) continue;
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

    private static (string, int) Key(DatedSentence s) => (s.Article.Article.Id, s.Sentence.Index);

    private StemBag Bag(DatedSentence s)
    {
        if (!bags.TryGetValue(Key(s), out var bag)) bags[Key(s)] = bag = new StemBag(s.Sentence.Text);
        return bag;
    }

    /// <summary>Mean similarity to the other articles' sentences for the same date: what the outlets agree on.</summary>
    private double Centrality(DatedSentence s, List<DatedSentence> all)
    {
        var others = all.Where(o => o.Article.Article.Id != s.Article.Article.Id).ToList();
        return others.Count == 0 ? 0 : others.Average(o => Bag(s).Cosine(Bag(o)));
    }

    private double Quality(DatedSentence s) => SentenceQuality.Of(s, Bag(s).WordCount);
}
