using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Compare;

/// <summary>
/// A figure a statement gives for something counted: "killed an estimated 250,000 people" is 250,000 people
/// (about: 225,000–275,000) of the predicate "kill"; "killed more than 200,000 people" is at least 200,000.
/// <see cref="Key"/> (predicate and counted noun, stemmed) says which quantity the figure measures, so two outlets'
/// figures are compared only when they measure the same thing. Years, times and ordinals are not figures.
/// </summary>
internal sealed record Quantity(double Value, double Low, double High, string Phrase, string Key, string Point)
{
    /// <summary>The figure as written, without separators ("250000"), and the index of its token in the statement.</summary>
    public string Number { get; init; } = "";

    public int Position { get; init; }

    private static readonly FrozenDictionary<string, double> Multipliers =
        new Dictionary<string, double> { ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12, ["bn"] = 1e9, ["m"] = 1e6 }.ToFrozenDictionary();

    // hedges before a figure, longest first, with the interval they give around the value v
    private static readonly (string[] Words, double Low, double High)[] Hedges =
    [
        (["more", "than"], 1, double.PositiveInfinity), (["at", "least"], 1, double.PositiveInfinity), (["upwards", "of"], 1, double.PositiveInfinity),
        (["fewer", "than"], 0, 1), (["less", "than"], 0, 1), (["up", "to"], 0, 1), (["as", "many", "as"], 0, 1),
        (["an", "estimated"], 0.9, 1.1), (["just", "under"], 0.9, 1), (["over"], 1, double.PositiveInfinity), (["under"], 0, 1),
        (["nearly"], 0.9, 1), (["almost"], 0.9, 1), (["about"], 0.9, 1.1), (["around"], 0.9, 1.1), (["roughly"], 0.9, 1.1),
        (["approximately"], 0.9, 1.1), (["some"], 0.9, 1.1), (["estimated"], 0.9, 1.1),
    ];

    private static readonly HashSet<string> Auxiliaries = ["were", "was", "have", "has", "had", "been", "are", "is", "be", "being", "reportedly", "also"];

    public static ImmutableArray<Quantity> In(IReadOnlyList<Token> tokens)
    {
        var found = ImmutableArray.CreateBuilder<Quantity>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Number || !TryValue(t.Text, out var value)) continue;
            var end = i + 1;
            if (end < tokens.Count && Multipliers.TryGetValue(tokens[end].Text.ToLowerInvariant(), out var mult)) { value *= mult; end++; }
            if (end >= tokens.Count || !tokens[end].IsWord || !Counted(tokens[end].Text)) continue;
            var noun = Stemmer.Stem(tokens[end].Text.ToLowerInvariant());
            var (start, low, high) = Hedge(tokens, i);
            var predicate = Before(tokens, start) ?? After(tokens, end + 1);
            if (predicate is null || NotCounted.Contains(predicate.Text) || Planned(tokens, start)) continue;
            var phrase = string.Join(' ', tokens.Skip(start).Take(end + 1 - start).Select(x => x.Text));
            var point = $"{tokens[end].Text.ToLowerInvariant()} ({predicate.Text.ToLowerInvariant()})";
            found.Add(new Quantity(value, value * low, value * high, phrase, Predicate(predicate.Text) + "|" + Noun(noun), point) { Number = t.Text.Replace(",", ""), Position = i });
        }
        return found.ToImmutable();
    }

    // "22 April", "10 am", "24 hours", "150,000 sq km": dates, clock times, durations and abbreviated units are not counts of something reported
    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "am", "pm", "gmt", "bst", "edt", "cdt", "est", "et", "per", "sq", "square", "hours", "hour", "minutes", "minute", "seconds", "days", "day",
        "weeks", "week", "months", "month", "years", "year", "times", "th", "st", "nd", "rd", "mph", "km", "mm", "cm", "ft",
    };

    private static bool Counted(string word) =>
        word.Length > 1 && !Stopwords.Contains(word.ToLowerInvariant()) && !NotCounted.Contains(word) && !Months.ByName.ContainsKey(word) && !Months.Weekdays.ContainsKey(word);

    // "hoped to collect 20,000 barrels", "able to handle 80,000", "a reading of 9,000 would be ideal": a target or a
    // capacity, not a figure reported as fact
    private static readonly HashSet<string> PlanWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "hope", "hoped", "hopes", "hoping", "plan", "plans", "planned", "aim", "aims", "target", "targets", "able", "capacity", "ideal",
        "would", "could", "should", "will", "might", "may", "expect", "expects", "expected", "goal",
    };

    private static bool Planned(IReadOnlyList<Token> tokens, int start) =>
        Enumerable.Range(Math.Max(0, start - 6), start - Math.Max(0, start - 6)).Any(k => PlanWords.Contains(tokens[k].Text));

    // One quantity is told with different verbs and nouns: "leaked", "spilled" and "gushed" barrels; "killed"
    // people, "dead" people; workers, people and men. A few classes, so outlets' figures meet.
    private static readonly Dictionary<string, string> PredicateClass = Classes(
        ("spill", ["leak", "leaked", "spill", "spilled", "spilt", "gush", "gushed", "release", "released", "spew", "spewed", "flow", "flowed", "flowing", "leaking", "spilling", "gushing", "spewing"]),
        ("kill", ["kill", "killed", "killing", "die", "died", "dead"]),
        ("injure", ["injure", "injured", "injuring", "wounded", "hurt"]),
        ("pay", ["pay", "paid", "paying", "payments", "payment"]));

    private static readonly Dictionary<string, string> NounClass = Classes(
        ("person", ["people", "persons", "workers", "men", "employees", "crew", "civilians", "lives"]));

    private static Dictionary<string, string> Classes(params (string Name, string[] Words)[] classes) =>
        classes.SelectMany(c => c.Words.Select(w => (Stem: Stemmer.Stem(w), c.Name))).DistinctBy(x => x.Stem).ToDictionary(x => x.Stem, x => x.Name);

    private static string Predicate(string word) => Stemmer.Stem(word.ToLowerInvariant()) is var s && PredicateClass.TryGetValue(s, out var c) ? c : s;

    private static string Noun(string stem) => NounClass.TryGetValue(stem, out var c) ? c : stem;

    /// <summary>Could both figures be true at once? "more than 200,000" and "an estimated 250,000" could.</summary>
    public bool Compatible(Quantity other) => Low <= other.High && other.Low <= High;

    private static bool TryValue(string text, out double value)
    {
        value = 0;
        if (text.Contains(':') || char.IsLetter(text[^1])) return false; // a time ("8:10") or an ordinal ("3rd", "1990s")
        var plain = text.Replace(",", "");
        if (!double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out value)) return false;
        var looksLikeYear = !text.Contains(',') && !text.Contains('.') && value is >= 1800 and <= 2100;
        return !looksLikeYear;
    }

    private static (int Start, double Low, double High) Hedge(IReadOnlyList<Token> tokens, int number)
    {
        foreach (var (words, low, high) in Hedges)
        {
            var start = number - words.Length;
            if (start < 0) continue;
            if (words.Select((w, k) => tokens[start + k].Text.Equals(w, StringComparison.OrdinalIgnoreCase)).All(x => x)) return (start, low, high);
        }
        return (number, 1, 1);
    }

    private static readonly HashSet<string> Determiners = ["a", "an", "the", "some", "of", "to"];

    // the content word governing the figure: "killed (an estimated) 250,000", at most four words back; a conjunction
    // or any other function word ends the search ("11 killed and 17 injured": 17 is not of "killed")
    private static Token? Before(IReadOnlyList<Token> tokens, int start)
    {
        for (var k = start - 1; k >= Math.Max(0, start - 4); k--)
        {
            var w = tokens[k];
            if (!w.IsWord) return null;
            var lower = w.Text.ToLowerInvariant();
            if (Determiners.Contains(lower) || Auxiliaries.Contains(lower)) continue;
            return Stopwords.Contains(lower) ? null : w;
        }
        return null;
    }

    // or after it: "25 militants were killed"
    private static Token? After(IReadOnlyList<Token> tokens, int from)
    {
        for (var k = from; k < Math.Min(tokens.Count, from + 3); k++)
        {
            var w = tokens[k];
            if (!w.IsWord) return null;
            var lower = w.Text.ToLowerInvariant();
            if (Auxiliaries.Contains(lower)) continue;
            return Stopwords.Contains(lower) ? null : w;
        }
        return null;
    }
}
