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

    /// <summary>
    /// Whether a <see cref="Key"/> measures a movement ("shares fell 8 percent", "rose 3%"): each day's move is its own
    /// event, so two such figures of different days are not one figure that changed.
    /// </summary>
    public static bool IsMovement(string key) => Movements.Contains(key[..key.IndexOf('|')]);

    private static readonly HashSet<string> Movements = [.. new[] { "fell", "fall", "fallen", "falling", "rose", "rise", "rising", "drop", "dropped", "gain", "gained", "lost", "lose", "plunged", "plunge", "climbed", "climb", "jumped", "jump", "slid", "slumped", "tumbled", "soared", "surged", "sank", "increased", "decreased", "declined", "down", "up" }.Select(Stemmer.Stem)];

    /// <summary>Whether a <see cref="Key"/> is of a rate: so much a day, a week, a year.</summary>
    public static bool IsRate(string key) => !key.EndsWith('|');

    private static readonly FrozenDictionary<string, double> Multipliers =
        new Dictionary<string, double> { ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12, ["bn"] = 1e9, ["m"] = 1e6 }.ToFrozenDictionary();

    // hedges before a figure, longest first, with the interval they give around the value v
    private static readonly (string[] Words, double Low, double High)[] Hedges =
    [
        (["more", "than"], 1, double.PositiveInfinity), (["at", "least"], 1, double.PositiveInfinity), (["upwards", "of"], 1, double.PositiveInfinity),
        (["fewer", "than"], 0, 1), (["less", "than"], 0, 1), (["up", "to"], 0, 1), (["as", "many", "as"], 0, 1),
        (["an", "estimated"], 0.9, 1.1), (["just", "under"], 0.9, 1), (["just", "over"], 1, 1.1), (["over"], 1, double.PositiveInfinity), (["under"], 0, 1),
        (["nearly"], 0.9, 1), (["almost"], 0.9, 1), (["about"], 0.9, 1.1), (["around"], 0.9, 1.1), (["roughly"], 0.9, 1.1),
        (["approximately"], 0.9, 1.1), (["some"], 0.9, 1.1), (["estimated"], 0.9, 1.1),
    ];

    private static readonly HashSet<string> Auxiliaries = ["were", "was", "have", "has", "had", "been", "are", "is", "be", "being", "reportedly", "also"];

    /// <summary>
    /// The number tokens of a statement as figures: each with the index of its last token and its text without
    /// separators. A treebank-tokenised corpus writes "19 ,000" for 19,000; the two pieces are read as one.
    /// </summary>
    public static IEnumerable<(int Index, int Last, string Text)> Numbers(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Number) continue;
            if (i + 2 < tokens.Count && tokens[i + 1].Text == "," && tokens[i + 2].Kind == TokenKind.Number && tokens[i + 2].Text.Length == 3 && tokens[i + 2].Text.All(char.IsDigit)
                && tokens[i + 1].Span.Start > t.Span.End && tokens[i + 2].Span.Start == tokens[i + 1].Span.End)
            {
                yield return (i, i + 2, t.Text.Replace(",", "") + tokens[i + 2].Text);
                i += 2;
                continue;
            }
            yield return (i, i, t.Text.Replace(",", ""));
        }
    }

    public static ImmutableArray<Quantity> In(IReadOnlyList<Token> tokens)
    {
        var found = ImmutableArray.CreateBuilder<Quantity>();
        foreach (var (i, last, text) in Numbers(tokens))
        {
            var t = tokens[i];
            if (!TryValue(last == i ? t.Text : text, out var value) || value <= 0 || Negated(tokens, i)) continue;
            var end = last + 1;
            if (end < tokens.Count && Multipliers.TryGetValue(tokens[end].Text.ToLowerInvariant(), out var mult)) { value *= mult; end++; }
            if (end >= tokens.Count || !tokens[end].IsWord || !Counted(tokens[end].Text)) continue;
            // "80,000 bpd": barrels per day in one word
            var bpd = tokens[end].Text.Equals("bpd", StringComparison.OrdinalIgnoreCase);
            var noun = bpd ? "barrel" : Stemmer.Stem(tokens[end].Text.ToLowerInvariant());
            var (start, low, high) = Hedge(tokens, i);
            var predicate = Before(tokens, start) ?? After(tokens, end + 1);
            if (predicate is null || NotCounted.Contains(predicate.Text) || Months.ByName.ContainsKey(predicate.Text) || Planned(tokens, start)) continue;
            var per = bpd ? "day" : Per(tokens, end + 1);
            (low, high) = Tail(tokens, end + 1) switch { 1 => (low, double.PositiveInfinity), -1 => (0, high), _ => (low, high) };
            var words = string.Join(' ', tokens.Skip(start).Take(end + 1 - start).Select(x => x.Text));
            if (last != i) words = words.Replace($"{tokens[i].Text} , {tokens[last].Text}", $"{tokens[i].Text},{tokens[last].Text}", StringComparison.Ordinal);
            var phrase = words + (per is null || bpd ? "" : " a " + per);
            var point = $"{tokens[end].Text.ToLowerInvariant()}{(per is null ? "" : " a " + per)} ({predicate.Text.ToLowerInvariant()})";
            found.Add(new Quantity(value, value * low, value * high, phrase, Predicate(predicate.Text, tokens) + "|" + Noun(noun) + "|" + per, point) { Number = text, Position = i });
        }
        return found.ToImmutable();
    }

    // "5,000 barrels (of oil) a day", "15,000 barrels daily", "collected 10,500 barrels in 24 hours": a rate is another
    // quantity than a total ("has collected 149,900 barrels"), so the period joins the key; a bracketed conversion
    // ("-LRB- 210,000 gallons -RRB-") may stand between
    private static string? Per(IReadOnlyList<Token> tokens, int from)
    {
        var k = from;
        if (k + 1 < tokens.Count && tokens[k].Text == "of" && tokens[k + 1].IsWord && !Stopwords.Contains(tokens[k + 1].Text.ToLowerInvariant())) k += 2;
        // a bracket as written, or as a treebank-tokenised corpus escapes it ("-LRB-", which splits as "-", "LRB", "-")
        if (k + 1 < tokens.Count && tokens[k].Text == "-" && tokens[k + 1].Text == "LRB") k++;
        if (k < tokens.Count && tokens[k].Text is "(" or "LRB")
        {
            var close = Enumerable.Range(k, Math.Min(16, tokens.Count - k)).FirstOrDefault(j => tokens[j].Text is ")" or "RRB", -1);
            if (close < 0) return null;
            k = close + 1;
            if (k < tokens.Count && tokens[k - 1].Text == "RRB" && tokens[k].Text == "-") k++;
        }
        string W(int j) => j < tokens.Count ? tokens[j].Text.ToLowerInvariant() : "";
        // right after the noun, or a few words on when the verb follows it ("15,010 barrels collected in the previous
        // 24-hour period"), within the clause
        for (var j = k; j < Math.Min(tokens.Count, k + 7); j++)
        {
            if (W(j) is "," or ";" or "." or ":" or "and" or "but" or "or" or "since" or "so") return null;
            if (W(j) is "daily" or "a-day" or "per-day") return "day";
            if (W(j) is "annually" or "yearly") return "year";
            if (W(j) is "a" or "per" or "each" or "every" or "an" && Periods.TryGetValue(W(j + 1), out var period)) return period;
            if (Last24Hours(tokens, j)) return "day";
            // "collected 15,000 barrels on Tuesday": one day's amount
            if (W(j) == "yesterday" || (W(j) == "on" && Months.Weekdays.ContainsKey(W(j + 1)))) return "day";
        }
        return null;
    }

    // "4,000 barrels a day or more": a bound written after the figure (1: at least, -1: at most, 0: none)
    private static int Tail(IReadOnlyList<Token> tokens, int from)
    {
        for (var j = from; j + 1 < Math.Min(tokens.Count, from + 8); j++)
        {
            if (tokens[j].Text is "," or ";" or "." or ":") return 0;
            if (tokens[j].Text == "or" && tokens[j + 1].Text.ToLowerInvariant() is "more" or "higher" or "above") return 1;
            if (tokens[j].Text == "or" && tokens[j + 1].Text.ToLowerInvariant() is "less" or "fewer" or "lower" or "below") return -1;
        }
        return 0;
    }

    /// <summary>Whether token <paramref name="i"/> opens "24 hours" or "24-hour" (which tokenises as "24", "-", "hour"): a day's amount.</summary>
    internal static bool Last24Hours(IReadOnlyList<Token> t, int i) =>
        t[i].Text == "24" && i + 1 < t.Count && (t[i + 1].Text.ToLowerInvariant() is "hours" or "hour" || (t[i + 1].Text == "-" && i + 2 < t.Count && t[i + 2].Text.Equals("hour", StringComparison.OrdinalIgnoreCase)));

    private static readonly Dictionary<string, string> Periods = new(StringComparer.Ordinal)
    {
        ["day"] = "day", ["week"] = "week", ["month"] = "month", ["year"] = "year", ["hour"] = "hour", ["minute"] = "minute",
    };

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
        "would", "could", "should", "will", "might", "may", "expect", "expects", "expected", "goal", "aiming", "seeks", "seeking", "intends", "want", "wants", "can",
    };

    // the plan word may stand anywhere in the figure's clause: "BP plans to pump mud into the well at a rate of 50 barrels a minute"
    private static bool Planned(IReadOnlyList<Token> tokens, int start) => Clause(tokens, start).Any(k => PlanWords.Contains(tokens[k].Text)) || Hypothetical(tokens, start) || Scenario(tokens);

    // the tokens before a figure back to the start of its clause (a comma, semicolon or colon), at most 15
    private static IEnumerable<int> Clause(IReadOnlyList<Token> tokens, int start)
    {
        for (var k = start - 1; k >= Math.Max(0, start - 15) && tokens[k].Text is not ("," or ";" or ":"); k--) yield return k;
    }

    // "We've never said it produced 5,000 barrels a day": a figure under a negation is not asserted
    private static bool Negated(IReadOnlyList<Token> tokens, int number) =>
        Clause(tokens, number).Take(6).Any(k => tokens[k].Text.ToLowerInvariant() is "not" or "never" or "n't" or "no");

    // "a worst-case scenario rate … could be about 100,000 barrels": a statement about a scenario gives no reported figure
    private static bool Scenario(IReadOnlyList<Token> tokens) =>
        tokens.Any(t => t.Text.Equals("worst-case", StringComparison.OrdinalIgnoreCase) || t.Text.Equals("scenario", StringComparison.OrdinalIgnoreCase));

    // "If next month BP starts to collect 50,000 barrels", "Assuming the well has flowed 12,000 barrels a day": a
    // supposition, not a report; the clause the figure stands in (back to a comma or the start) says so
    private static bool Hypothetical(IReadOnlyList<Token> tokens, int start) =>
        Clause(tokens, start).Any(k => tokens[k].Text.ToLowerInvariant() is "if" or "assuming" or "unless" or "suppose" or "supposing");

    // One quantity is told with different verbs and nouns: "leaked", "spilled" and "gushed" barrels; "killed"
    // people, "dead" people; workers, people and men. A few classes, so outlets' figures meet.
    private static readonly Dictionary<string, string> PredicateClass = Classes(
        ("spill", ["leak", "leaked", "spill", "spilled", "spilt", "gush", "gushed", "release", "released", "spew", "spewed", "flow", "flowed", "flowing", "leaking", "spilling", "gushing", "spewing", "pour", "poured", "pouring"]),
        ("kill", ["kill", "killed", "killing", "die", "died", "dead"]),
        ("injure", ["injure", "injured", "injuring", "wounded", "hurt"]),
        ("pay", ["pay", "paid", "paying", "payments", "payment"]),
        ("collect", ["collect", "collected", "collecting", "collection", "capture", "captured", "capturing", "siphon", "siphoned", "siphoning", "recover", "recovered", "recovering"]));

    // "a rate of 5,000 barrels a day", "the estimate of 12,000 barrels", "the figure of 5,000": the head names no
    // quantity of its own; the statement's other words say which it is
    private static readonly HashSet<string> GenericHeads = [.. new[] { "rate", "estimate", "estimated", "estimates", "figure", "figures", "total", "amount", "level", "equivalent", "range" }.Select(Stemmer.Stem)];

    private static readonly Dictionary<string, string> NounClass = Classes(
        ("person", ["people", "persons", "workers", "men", "employees", "crew", "civilians", "lives"]));

    private static Dictionary<string, string> Classes(params (string Name, string[] Words)[] classes) =>
        classes.SelectMany(c => c.Words.Select(w => (Stem: Stemmer.Stem(w), c.Name))).DistinctBy(x => x.Stem).ToDictionary(x => x.Stem, x => x.Name);

    private static string Predicate(string word, IReadOnlyList<Token> tokens)
    {
        var stem = Stemmer.Stem(word.ToLowerInvariant());
        if (PredicateClass.TryGetValue(stem, out var c)) return c;
        if (!GenericHeads.Contains(stem)) return stem;
        // the one class the statement's words name, if only one ("the leak … at a rate of 5,000 barrels a day")
        var named = tokens.Where(t => t.IsWord).Select(t => PredicateClass.GetValueOrDefault(Stemmer.Stem(t.Text.ToLowerInvariant()))).OfType<string>().Distinct().ToList();
        return named.Count == 1 ? named[0] : "?" + stem;
    }

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

    private static readonly HashSet<string> Determiners = ["a", "an", "the", "some", "of", "to", "just", "only"];

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

    // or after it: "25 militants were killed", "11 crew members died" (the second noun of a compound is not the
    // predicate: a word right after the counted noun is one unless it reads as a verb)
    private static Token? After(IReadOnlyList<Token> tokens, int from)
    {
        for (var k = from; k < Math.Min(tokens.Count, from + 4); k++)
        {
            var w = tokens[k];
            if (!w.IsWord) return null;
            var lower = w.Text.ToLowerInvariant();
            if (Auxiliaries.Contains(lower)) continue;
            if (Stopwords.Contains(lower)) return null;
            if (k == from && !lower.EndsWith("ed", StringComparison.Ordinal) && !PredicateClass.ContainsKey(Stemmer.Stem(lower))) continue;
            return w;
        }
        return null;
    }
}
