using System.Collections.Immutable;
using System.Text;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Bench;

/// <summary>
/// A deterministic stream of news articles made of real sentences (see <see cref="TopicPool"/>): each original
/// takes 6–20 sentences of one topic (topics drawn in proportion to their sentences), in their order in the pool (so runs of one source article stay together);
/// planted among them at known rates (<see cref="StreamRates"/>) are exact copies, wire copies, light rewrites of a
/// recent original, and follow-ups that reuse some of its sentences without being copies. Only the last
/// <see cref="StreamRates.Recent"/> originals are remembered (as sentence numbers), so generating is streaming too.
/// </summary>
public sealed class StreamGenerator(IReadOnlyList<Topic> topics, ulong seed = 20_26, StreamRates? rates = null)
{
    private readonly StreamRates _rates = rates ?? new StreamRates();
    private static readonly DateOnly Start = new(2024, 1, 1);

    private static readonly string[] Cities = ["London", "Paris", "Berlin", "Madrid", "Rome", "Cairo", "Beirut", "Delhi", "Tokyo", "Sydney",
        "Toronto", "Chicago", "Boston", "Denver", "Dallas", "Lagos", "Nairobi", "Lima", "Oslo", "Dublin"];
    private static readonly string[] Mastheads = ["Herald", "Times", "Post", "Courier", "Tribune", "Gazette", "Chronicle", "Observer"];
    private static readonly string[] Wires = ["Reuters", "AP", "AFP", "dpa"];

    /// <summary>Word swaps of a copy editor; words not in the table are dropped instead.</summary>
    private static readonly Dictionary<string, string> Swaps = new(StringComparer.Ordinal)
    {
        ["said"] = "stated", ["says"] = "states", ["told"] = "informed", ["but"] = "however", ["also"] = "additionally",
        ["about"] = "around", ["more"] = "over", ["after"] = "following", ["before"] = "prior to", ["big"] = "large",
        ["people"] = "individuals", ["killed"] = "left dead", ["government"] = "administration", ["officials"] = "authorities",
        ["on"] = "upon", ["in"] = "within", ["new"] = "fresh", ["many"] = "numerous", ["help"] = "assist", ["show"] = "reveal",
    };

    private sealed record Remembered(int Index, int Topic, int[] Sentences, string Outlet);

    public IEnumerable<StreamArticle> Generate(int count)
    {
        var rng = new BenchRandom(seed);
        var recent = new Remembered?[_rates.Recent];
        var remembered = 0;
        for (var i = 0; i < count; i++)
        {
            var outlet = Outlet(rng);
            var day = Start.AddDays(i / _rates.PerDay);
            var roll = rng.NextDouble();
            var source = remembered == 0 ? null : recent[rng.Next(Math.Min(remembered, recent.Length))];
            if (source is not null && roll < _rates.Exact)
                yield return Make(i, source.Index, CopyKind.Exact, Sentences(source), outlet, day, source.Outlet);
            else if (source is not null && (roll -= _rates.Exact) < _rates.Syndicated)
                yield return Make(i, source.Index, CopyKind.Syndicated, Syndicate(rng, Sentences(source), source.Outlet), outlet, day, source.Outlet);
            else if (source is not null && (roll -= _rates.Syndicated) < _rates.Rewrite)
                yield return Make(i, source.Index, CopyKind.Rewrite, Rewrite(rng, source), outlet, day, null);
            else
            {
                var followUp = source is not null && roll - _rates.Rewrite < _rates.FollowUp;
                var picked = followUp ? FollowUp(rng, source!) : Pick(rng, Topic(rng), rng.Between(6, 20));
                var topic = followUp ? source!.Topic : picked.Topic;
                recent[remembered++ % recent.Length] = new Remembered(i, topic, picked.Sentences, outlet);
                yield return Make(i, i, followUp ? CopyKind.FollowUp : CopyKind.Original, [.. picked.Sentences.Select(s => topics[topic].Sentences[s])], outlet, day, null);
            }
        }
    }

    private int[]? _cumulative;

    /// <summary>A topic drawn in proportion to its sentences, so every sentence of the pool is reused about equally often.</summary>
    private int Topic(BenchRandom rng)
    {
        _cumulative ??= [.. topics.Select(t => t.Sentences.Length).Aggregate(new List<int>(), (acc, n) => { acc.Add((acc.Count == 0 ? 0 : acc[^1]) + n); return acc; })];
        var i = Array.BinarySearch(_cumulative, rng.Next(_cumulative[^1]) + 1);
        return i >= 0 ? i : ~i;
    }

    private string[] Sentences(Remembered r) => [.. r.Sentences.Select(s => topics[r.Topic].Sentences[s])];

    private (int Topic, int[] Sentences) Pick(BenchRandom rng, int topic, int k)
    {
        var pool = topics[topic].Sentences.Length;
        var chosen = new HashSet<int>();
        while (chosen.Count < Math.Min(k, pool)) chosen.Add(rng.Next(pool));
        return (topic, [.. chosen.Order()]);
    }

    /// <summary>A later report on the same story: about a third of the earlier one's sentences as background, and at
    /// least twice as many new ones, so it shares at most a third of its text with the earlier one (Jaccard ≤ ~0.2).</summary>
    private (int Topic, int[] Sentences) FollowUp(BenchRandom rng, Remembered source)
    {
        var kept = source.Sentences.Where(_ => rng.Chance(0.33)).ToHashSet();
        var fresh = Pick(rng, source.Topic, Math.Max(2 * kept.Count, rng.Between(6, 20) - kept.Count) + kept.Count).Sentences
            .Where(s => !kept.Contains(s)).Take(Math.Max(2 * kept.Count, 6));
        return (source.Topic, [.. fresh.Concat(kept.Order())]);
    }

    private static string[] Syndicate(BenchRandom rng, string[] sentences, string originalOutlet)
    {
        var cut = sentences.Length > 8 ? rng.Next(3) : 0;
        var list = sentences[..^cut].ToList();
        list[0] = $"{Cities[rng.Next(Cities.Length)].ToUpperInvariant()} ({Wires[rng.Next(Wires.Length)]}) - {list[0]}";
        list.Add($"(Reporting by {Cities[rng.Next(Cities.Length)]} newsroom; editing for {originalOutlet}.)");
        return [.. list];
    }

    private string[] Rewrite(BenchRandom rng, Remembered source)
    {
        var list = Sentences(source).ToList();
        if (list.Count > 6 && rng.Chance(0.6)) list.RemoveAt(rng.Next(list.Count));
        if (rng.Chance(0.5))
        {
            var pool = topics[source.Topic].Sentences;
            list.Insert(rng.Next(list.Count + 1), pool[rng.Next(pool.Length)]);
        }
        if (list.Count > 2 && rng.Chance(0.3))
        {
            var k = rng.Next(list.Count - 1);
            (list[k], list[k + 1]) = (list[k + 1], list[k]);
        }
        var words = list.Sum(s => s.Count(c => c == ' ') + 1);
        for (var e = Math.Max(1, words / 50); e > 0; e--)
        {
            var k = rng.Next(list.Count);
            var w = list[k].Split(' ').ToList();
            if (w.Count <= 6) continue;
            var at = rng.Next(w.Count);
            if (Swaps.TryGetValue(w[at], out var swap)) w[at] = swap;
            else w.RemoveAt(at);
            list[k] = string.Join(' ', w);
        }
        return [.. list];
    }

    private static string Outlet(BenchRandom rng) => $"The {Cities[rng.Next(Cities.Length)]} {Mastheads[rng.Next(Mastheads.Length)]}";

    /// <summary>The article: the first sentence a paragraph of its own, then two sentences a paragraph.</summary>
    private static StreamArticle Make(int index, int original, CopyKind kind, string[] sentences, string outlet, DateOnly day, string? copiedFrom)
    {
        var sb = new StringBuilder();
        var spans = ImmutableArray.CreateBuilder<Sentence>(sentences.Length);
        for (var i = 0; i < sentences.Length; i++)
        {
            if (i > 0) sb.Append(i % 2 == 1 ? "\n\n" : " ");
            spans.Add(new Sentence(i, new TextSpan(sb.Length, sb.Length + sentences[i].Length), sentences[i]));
            sb.Append(sentences[i]);
        }
        var text = sb.ToString();
        var title = string.Join(' ', sentences[0].Split(' ').Take(10));
        var article = new Article(TextNormalizer.ContentHash(text), $"bench:{index}", InputFormat.Text, outlet, title, DateValue.FromDate(day), text, spans.MoveToImmutable())
        {
            Provenance = [new Provenance("bench", copiedFrom is null ? kind.ToString().ToLowerInvariant() : $"{kind.ToString().ToLowerInvariant()}-of:{copiedFrom}")],
        };
        return new StreamArticle(index, article, kind, original);
    }
}
