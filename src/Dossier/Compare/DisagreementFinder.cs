using System.Collections.Immutable;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Compare;

/// <summary>
/// Three rules, each naming itself in <see cref="Disagreement.Rule"/>:
/// <list type="bullet">
/// <item><c>figures</c>: statements of two sources about the same point give different figures for the same quantity
/// (same predicate and counted noun, within <see cref="CompareOptions.MaxFigureRatio"/> of each other). Each side
/// carries its report's date, since a toll that grows is not a contradiction, and the note says whether the two
/// figures could both hold ("more than 200,000" and "an estimated 250,000" can).</item>
/// <item><c>denial</c>: two aligned statements, one negated or denied, the other not.</item>
/// <item><c>framing</c>: two statements about the same point where one side's own words agree ("echo") and the
/// other's depart ("differ from").</item>
/// </list>
/// </summary>
internal sealed class DisagreementFinder(CompareOptions options)
{
    /// <param name="copies">true for two statements of articles that copy one another: their differences are a crawler's, not the outlets'</param>
    public ImmutableArray<Disagreement> Find(IReadOnlyList<StatementUnit> units, IEnumerable<StatementAligner.Pair> aligned, StatementAligner aligner, Func<StatementUnit, string> outlet, Func<StatementUnit, StatementUnit, bool> copies)
    {
        var found = ImmutableArray.CreateBuilder<Disagreement>();
        var quantities = units.Select(u => Quantity.In(u.Tokens)).ToArray();
        var figures = FigurePairs(units, quantities).Where(p => !copies(units[p.Item1], units[p.Item2]))
            .SelectMany(p => Figures(units[p.Item1], units[p.Item2], quantities[p.Item1], quantities[p.Item2], outlet)).ToList();
        found.AddRange(figures.Where(d => d.Kind != DisagreementKind.FigureChange));
        // only statements with a stance word can frame a fact: look for their counterparts alone
        var stanced = units.Where(u => u.Tokens.Any(t => t.IsWord && Polarity.Stance(t.Text.ToLowerInvariant()) != 0)).Select(u => u.Index).ToHashSet();
        foreach (var p in aligner.Similar(options.SamePointAt, stanced).Where(p => !copies(units[p.First], units[p.Second])))
        {
            if (Framing(units[p.First], units[p.Second], outlet) is { } f) found.Add(f);
        }
        foreach (var p in aligned.Where(p => !copies(units[p.First], units[p.Second])))
        {
            if (Denial(units[p.First], units[p.Second], outlet) is { } d) found.Add(d);
        }
        // changes over time last: the conflicts are what a reader looks for first
        found.AddRange(LatestChanges(figures.Where(d => d.Kind == DisagreementKind.FigureChange)));
        return found.ToImmutable();
    }

    // figures are compared across the whole story when they measure the same quantity and the statements are about the
    // same thing
    private IEnumerable<(int, int)> FigurePairs(IReadOnlyList<StatementUnit> units, ImmutableArray<Quantity>[] quantities)
    {
        var byKey = units.SelectMany(u => quantities[u.Index].Select(q => (q.Key, u.Index))).Distinct().GroupBy(x => x.Key);
        foreach (var g in byKey)
        {
            var list = g.Select(x => x.Index).Distinct().ToList();
            // a rate ("gushing 5,000 barrels a day") names its quantity closely enough that the words around it need not match
            var rate = Quantity.IsRate(g.Key);
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var (a, b) = (units[list[i]], units[list[j]]);
                    if (a.Group != b.Group && (rate || a.Vector.Cosine(b.Vector) >= options.FigureContextAt)) yield return (a.Index, b.Index);
                }
            }
        }
    }

    private IEnumerable<Disagreement> Figures(StatementUnit a, StatementUnit b, ImmutableArray<Quantity> qa, ImmutableArray<Quantity> qb, Func<StatementUnit, string> outlet)
    {
        foreach (var x in qa)
        {
            // the same figure for the quantity in both (one statement giving two) means they agree on it
            if (qb.Any(y => y.Key == x.Key && y.Value == x.Value) || qa.Any(o => qb.Any(y => y.Key == o.Key && y.Value == o.Value))) continue;
            if (DifferentYears(a, b)) continue;
            foreach (var y in qb.Where(y => y.Key == x.Key))
            {
                // the other statement gives this figure too, for something else ("4.9m … leaving 4.1m in the water")
                if (a.Figures.Overlaps(b.Figures.Where(f => f == y.Number || f == x.Number))) continue;
                var ratio = Math.Max(x.Value, y.Value) / Math.Max(1e-9, Math.Min(x.Value, y.Value));
                if (ratio > options.MaxFigureRatio || ratio < 1 + options.RoundingMargin) continue;
                var (da, db) = (a.Article.Published, b.Article.Published);
                var days = da?.Start is DateOnly ta && db?.Start is DateOnly tb ? Math.Abs(ta.DayNumber - tb.DayNumber) : (int?)null;
                var sides = ImmutableArray.Create(new DisagreementSide(a.Statement, outlet(a), x.Phrase, da), new DisagreementSide(b.Statement, outlet(b), y.Phrase, db));
                // two moments' figures (reports days apart, or figures of two named days) are a change, not a conflict
                var otherDays = DifferentDays(a, x, b, y);
                if (days > options.FigureDays || otherDays)
                {
                    if (Change(a, b, x, y, days, otherDays, sides) is { } change) yield return change;
                    continue;
                }
                var note = (x.Compatible(y) ? "the two figures could both hold" : "the two figures cannot both hold") + "; " + Dates(da, db);
                yield return new Disagreement(DisagreementKind.Figures, x.Point, sides, note, "figures");
            }
        }
    }

    // A change is shown in date order, for a quantity that is a state (a rate, a toll, a total; not one day's move of a
    // share price), between statements about the same thing (the words around a rate matter here: "the cap" and "two
    // containment ships" collect different amounts), when the figures cannot both hold ("4.9 million" and "more than
    // 4 million" did not change)
    private Disagreement? Change(StatementUnit a, StatementUnit b, Quantity x, Quantity y, int? days, bool otherDays, ImmutableArray<DisagreementSide> sides)
    {
        if (days is not int d || d > options.FigureChangeDays || x.Compatible(y) || Quantity.IsMovement(x.Key) || a.Vector.Cosine(b.Vector) < options.FigureContextAt) return null;
        if (sides[0].Reported!.Start > sides[1].Reported!.Start) sides = [sides[1], sides[0]];
        var when = otherDays && d <= options.FigureDays ? "figures of different days" : $"reported on {sides[0].Reported!.ToIso()} and {sides[1].Reported!.ToIso()}";
        return new Disagreement(DisagreementKind.FigureChange, x.Point, sides, $"{when}: the figure changed between the reports, or each gives its own moment's figure; not a contradiction", "figure-change");
    }

    // a figure told over weeks by several outlets changes many times: each later report is paired with the nearest
    // earlier one that gave another figure for the quantity, so the changes read as a sequence, not every pair
    private static IEnumerable<Disagreement> LatestChanges(IEnumerable<Disagreement> changes) =>
        changes.GroupBy(d => (d.Sides[1].Statement.Ref, d.Sides[1].Says))
            .Select(g => g.OrderByDescending(d => d.Sides[0].Reported!.Start).ThenBy(d => d.Sides[0].Statement.Ref.ArticleId, StringComparer.Ordinal).ThenBy(d => d.Sides[0].Statement.Ref.Sentence).First());

    // "collected 24,980 barrels on Monday" and "25,290 barrels on Friday" are two days' figures: the weekday (or
    // "yesterday", "today") nearest each figure names its day, resolved against the report's date where it is known
    // (Friday in a report of Monday 7 June is 4 June); a figure that names no day is as of its report's date, so
    // "collecting 11,000 barrels a day" on 7 June and "6,077 barrels on Friday" (4 June) are two moments too
    private static bool DifferentDays(StatementUnit a, Quantity x, StatementUnit b, Quantity y)
    {
        var (na, nb) = (DayWord(a.Tokens, x.Position), DayWord(b.Tokens, y.Position));
        if (na is not null && nb is not null && na != nb && (a.Article.Published?.Start is null || b.Article.Published?.Start is null)) return true;
        var (da, db) = (Day(a, na), Day(b, nb));
        return (na is not null || nb is not null) && da is DateOnly p && db is DateOnly q && Math.Abs(p.DayNumber - q.DayNumber) > (na is not null && nb is not null ? 0 : 1);
    }

    // "in the 24 hours to midnight" is the day before the report, as "yesterday" is
    private static string? DayWord(IReadOnlyList<Token> t, int at) => t.Select((tok, i) => (tok, i))
        .Where(p => (p.tok.IsWord && (Months.Weekdays.ContainsKey(p.tok.Text) || p.tok.Text is "yesterday" or "today")) || Quantity.Last24Hours(t, p.i))
        .OrderBy(p => Math.Abs(p.i - at)).Select(p => p.tok.IsWord ? p.tok.Text.ToLowerInvariant() : "yesterday").FirstOrDefault();

    private static DateOnly? Day(StatementUnit u, string? word)
    {
        if (u.Article.Published?.Start is not DateOnly published || u.Article.Published.Day is null) return null;
        if (word is null || word == "today") return published;
        if (word == "yesterday") return published.AddDays(-1);
        var back = ((int)published.DayOfWeek - (int)Months.Weekdays[word] + 7) % 7;
        return published.AddDays(-back);
    }

    // "the 2005 Texas City disaster … killed 15 workers" is another event than the rig's 11 dead: a statement about
    // another year (one it names, more than a year from the other's, or the other's publication) is not the same point
    private static bool DifferentYears(StatementUnit a, StatementUnit b)
    {
        static HashSet<int> Years(StatementUnit u) => [.. u.Tokens.Where(t => t.Kind == TokenKind.Number && StatementUnit.IsYear(t.Text)).Select(t => int.Parse(t.Text))];
        var (ya, yb) = (Years(a), Years(b));
        if (ya.Count > 0 && yb.Count > 0) return !ya.Overlaps(yb);
        var (named, other) = ya.Count > 0 ? (ya, b) : (yb, a);
        return named.Count > 0 && other.Article.Published?.Year is int p && named.All(y => Math.Abs(y - p) > 1);
    }

    // a figure that grows over time (a death toll) reported on different days is not a contradiction
    private static string Dates(DateValue? a, DateValue? b) => (a, b) switch
    {
        (null, null) => "both reports are undated, so a figure that changed over time cannot be ruled out",
        (null, _) or (_, null) => "one report is undated, so a figure that changed over time cannot be ruled out",
        _ when a!.ToIso() == b!.ToIso() => "reported the same day",
        _ => $"reported on {a.ToIso()} and {b.ToIso()}: a figure that grows over time may explain it",
    };

    /// <summary>
    /// One statement negates a word the other affirms: "BP did not know" against "BP knew". The negated word (the
    /// first content word within <see cref="Polarity.Reach"/> tokens after the negation) must occur in the other
    /// statement with no negation before it, so a negation elsewhere in a long sentence does not count.
    /// </summary>
    private static Disagreement? Denial(StatementUnit a, StatementUnit b, Func<StatementUnit, string> outlet)
    {
        var na = Polarity.Negated(a.Tokens).ToList();
        var nb = Polarity.Negated(b.Tokens).ToList();
        var aOnly = na.Where(w => Polarity.Affirmed(b.Tokens, w)).ToList();
        var bOnly = nb.Where(w => Polarity.Affirmed(a.Tokens, w)).ToList();
        if ((aOnly.Count == 0) == (bOnly.Count == 0)) return null;
        var (neg, words) = aOnly.Count > 0 ? (a, aOnly) : (b, bOnly);
        return new Disagreement(DisagreementKind.Denial, "one says the opposite",
            [Side(a, outlet, a == neg ? string.Join(", ", words) : "affirms"), Side(b, outlet, b == neg ? string.Join(", ", words) : "affirms")],
            $"{outlet(neg)} negates or denies it (\"{string.Join("\", \"", words)}\")", "denial");
    }

    /// <summary>
    /// Both statements take a stance on something both name, in opposite directions: 000 says Assad's comments
    /// "echo previous remarks" of the foreign minister, 001 that his position "seems to differ from previous remarks".
    /// </summary>
    private static Disagreement? Framing(StatementUnit a, StatementUnit b, Func<StatementUnit, string> outlet)
    {
        var shared = a.Stems.Intersect(b.Stems).ToHashSet();
        if (Polarity.StanceOn(a.Tokens, shared) is not { } sa || Polarity.StanceOn(b.Tokens, shared) is not { } sb || sa.Sign == sb.Sign) return null;
        var (agrees, departs) = sa.Sign > 0 ? (a, b) : (b, a);
        return new Disagreement(DisagreementKind.Framing, "the same fact framed in opposite ways",
            [Side(a, outlet, sa.Words), Side(b, outlet, sb.Words)],
            $"{outlet(agrees)} presents it as agreeing, {outlet(departs)} as departing", "framing");
    }

    private static DisagreementSide Side(StatementUnit u, Func<StatementUnit, string> outlet, string says) =>
        new(u.Statement, outlet(u), says, u.Article.Published);
}
