using Dossier.Model;
using Dossier.Text;

namespace Dossier.Compare;

/// <summary>
/// Words that turn a claim around. Negations and denials ("not", "never", "denied") make a claim its denial;
/// stance words say how one position relates to another, in two opposite classes: agreeing ("echo", "mirror",
/// "in line with") and departing ("differ", "contradict", "at odds with"). Lists are short on purpose: a wrong
/// contradiction is worse than a missed one.
/// </summary>
internal static class Polarity
{
    // "no" is left out: it mostly counts a noun ("no alarms went off", "no impact") rather than denying a claim
    private static readonly HashSet<string> Negations = ["not", "n't", "never", "neither", "nor", "nobody", "nothing"];

    // stems, so "denied", "denies" and "denying" are one entry
    private static readonly HashSet<string> Denials = [.. new[] { "deny", "denied", "refute", "refuted", "disputed" }.Select(Stem)];

    // word forms, not stems: Porter makes "department" "depart" and "consistently" "consist"
    private static readonly HashSet<string> Agreeing = ["echo", "echoes", "echoed", "echoing", "mirror", "mirrors", "mirrored", "agree", "agrees", "agreed", "endorse", "endorses", "endorsed", "reaffirm", "reaffirms", "reaffirmed"];

    private static readonly HashSet<string> Departing = ["differ", "differs", "differed", "contradict", "contradicts", "contradicted", "diverge", "diverges", "diverged", "depart", "departs", "departed", "disagree", "disagrees", "disagreed", "odds", "inconsistent", "contrasts", "contrasted"];

    private static string Stem(string w) => Stemmer.Stem(w);

    /// <summary>How far after a negation its word is looked for ("did not immediately know": three words).</summary>
    public const int Reach = 3;

    // "if it's not", "not only", "no more details": a negation that does not deny what the other outlet says
    private static readonly HashSet<string> Hedges = ["if", "whether", "unless"];
    private static readonly HashSet<string> NotDenying = ["only", "just", "more", "less", "doubt", "longer", "matter", "later", "sooner"];

    private static bool IsNegator(string lower) => Negations.Contains(lower) || Denials.Contains(Stem(lower));

    // "isn t", "won t": crawled text that lost the apostrophe
    private static bool IsNegator(IReadOnlyList<Token> tokens, int i)
    {
        var lower = tokens[i].Text.ToLowerInvariant();
        return IsNegator(lower) || (lower == "t" && i > 0 && tokens[i - 1].Text.EndsWith('n'));
    }

    // "not ... until August", "not before": a negation that dates something rather than denies it
    private static readonly HashSet<string> Temporal = ["until", "till", "before"];

    /// <summary>The stems of the words a statement negates: the first content word after each negation, within <see cref="Reach"/>.</summary>
    public static IEnumerable<string> Negated(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !IsNegator(tokens, i)) continue;
            if (Enumerable.Range(Math.Max(0, i - 3), i - Math.Max(0, i - 3)).Any(k => Hedges.Contains(tokens[k].Text.ToLowerInvariant()))) continue;
            if (tokens.Skip(i + 1).Take(8).Any(t => Temporal.Contains(t.Text.ToLowerInvariant()))) continue;
            for (var k = i + 1; k < Math.Min(tokens.Count, i + 1 + Reach); k++)
            {
                var w = tokens[k].Text.ToLowerInvariant();
                if (!tokens[k].IsWord) break;
                if (NotDenying.Contains(w)) break;
                if (Stopwords.Contains(w) || w is "n't") continue;
                yield return Stem(w);
                break;
            }
        }
    }

    /// <summary>The statement has a word with this stem, never with a negation in the <see cref="Reach"/> words before it.</summary>
    public static bool Affirmed(IReadOnlyList<Token> tokens, string stem)
    {
        var seen = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || Stem(tokens[i].Text.ToLowerInvariant()) != stem) continue;
            if (Enumerable.Range(Math.Max(0, i - Reach), i - Math.Max(0, i - Reach)).Any(k => IsNegator(tokens, k))) return false;
            seen = true;
        }
        return seen;
    }

    /// <summary>+1 for an agreeing stance word, -1 for a departing one, 0 otherwise (lower-case word forms).</summary>
    public static int Stance(string word) => Agreeing.Contains(word) ? 1 : Departing.Contains(word) ? -1 : 0;

    /// <summary>How far after a stance word its object is looked for: "echo previous remarks", "seems to differ from previous remarks".</summary>
    public const int StanceReach = 5;

    /// <summary>
    /// The stance a statement takes towards something the other statement also names: a stance word followed,
    /// within <see cref="StanceReach"/> tokens, by a content word whose stem is in <paramref name="shared"/>.
    /// Returns the words (stance word and object), or null.
    /// </summary>
    public static (int Sign, string Words)? StanceOn(IReadOnlyList<Token> tokens, IReadOnlySet<string> shared)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var sign = tokens[i].IsWord ? Stance(tokens[i].Text.ToLowerInvariant()) : 0;
            if (sign == 0) continue;
            for (var k = i + 1; k < Math.Min(tokens.Count, i + 1 + StanceReach); k++)
            {
                var w = tokens[k].Text.ToLowerInvariant();
                if (tokens[k].IsWord && !Stopwords.Contains(w) && shared.Contains(Stem(w)))
                    return (sign, string.Join(' ', tokens.Skip(i).Take(k - i + 1).Select(t => t.Text)));
            }
        }
        return null;
    }
}
