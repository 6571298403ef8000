using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Timeline;

/// <summary>What a match resolved to: its value (null when it needs an anchor there is none of) and whether it was computed.</summary>
internal sealed record Resolution(DateValue? Value, bool Relative);

/// <summary>What resolving a match may look at besides the match: the anchor and the tense of its clause.</summary>
internal sealed record ResolveContext(DateValue? Anchor, Func<Tense> Tense)
{
    public DateOnly? AnchorDay => Anchor is { Year: int y, Month: int m, Day: int d } ? new DateOnly(y, m, d) : null;
}

/// <summary>Turns a pattern match into a <see cref="DateValue"/>. Returns null to reject a match as not a date.</summary>
internal static class DateResolver
{
    public static Resolution? Resolve(DateKind kind, Match m, ResolveContext ctx) => kind switch
    {
        DateKind.IsoDate => Absolute(Int(m, "y"), Int(m, "m"), Int(m, "d")),
        DateKind.MonthDayYear or DateKind.DayMonthYear => Absolute(Int(m, "y"), MonthOf(m), Int(m, "d")),
        DateKind.MonthYear => new(new DateValue(Int(m, "y"), MonthOf(m)), false),
        DateKind.MonthDay or DateKind.DayMonth => MonthDay(MonthOf(m), Int(m, "d"), ctx),
        DateKind.MonthOnly => MonthOnly(m, ctx),
        DateKind.Year => new(new DateValue(Int(m, "y")), false),
        DateKind.RelativeDay => RelativeDay(m.Groups["w"].Value.ToLowerInvariant(), ctx),
        DateKind.Weekday => Weekday(m, ctx),
        DateKind.RelativeUnit => RelativeUnit(m, ctx),
        DateKind.Ago => Ago(m, ctx),
        DateKind.Holiday => Holiday(m, ctx),
        _ => null,
    };

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int MonthOf(Match m) => Months.ByName[m.Groups["month"].Value];

    private static Resolution? Absolute(int y, int month, int day) =>
        day <= DateTime.DaysInMonth(y, month) ? new(new DateValue(y, month, day), false) : null;

    private static Resolution? MonthDay(int month, int day, ResolveContext ctx)
    {
        if (day > DateTime.DaysInMonth(2000, month)) return null;   // 2000 is a leap year: allows 29 February
        if (ctx.Anchor is not { Year: int ay } a) return new(new DateValue(null, month, day), false);
        var year = AnchorMath.NearestYear(new DateOnly(ay, a.Month ?? 7, a.Day ?? 1), month, day);
        return day <= DateTime.DaysInMonth(year, month) ? new(new DateValue(year, month, day), true) : null;
    }

    private static Resolution MonthOnly(Match m, ResolveContext ctx)
    {
        var month = MonthOf(m);
        if (ctx.Anchor is not { Year: int ay, Month: int am }) return new(new DateValue(null, month), false);
        var dir = m.Groups["mod"].Value.ToLowerInvariant() switch
        {
            "last" => Direction.Before,
            "next" => Direction.After,
            _ when m.Groups["cue"].Value.Equals("since", StringComparison.OrdinalIgnoreCase) => Direction.PastOrSame,
            _ => FromTense(ctx.Tense()),
        };
        return new(new DateValue(AnchorMath.MonthYear(ay, am, month, dir), month), true);
    }

    private static Resolution RelativeDay(string word, ResolveContext ctx)
    {
        if (ctx.AnchorDay is not DateOnly a) return new(null, true);
        var offset = word switch { "yesterday" or "night" => -1, "tomorrow" => 1, _ => 0 };
        return new(DateValue.FromDate(a.AddDays(offset)), true);
    }

    private static Resolution Weekday(Match m, ResolveContext ctx)
    {
        if (ctx.AnchorDay is not DateOnly a) return new(null, true);
        var wd = Months.Weekdays[m.Groups["wd"].Value];
        if (m.Groups["week"].Success)
            return new(DateValue.FromDate(AnchorMath.WeekdayOfWeek(a, wd, m.Groups["week"].Value == "last" ? -1 : 1)), true);
        var pre = m.Groups["pre"].Value.ToLowerInvariant();
        var dir = m.Groups["mod"].Value.ToLowerInvariant() switch
        {
            "last" or "past" => Direction.Before,
            "next" or "coming" => Direction.After,
            _ when pre.StartsWith("earlier", StringComparison.Ordinal) || pre == "since" => Direction.PastOrSame,
            _ => FromTense(ctx.Tense()),
        };
        return new(DateValue.FromDate(AnchorMath.Weekday(a, wd, dir)), true);
    }

    private static Resolution Holiday(Match m, ResolveContext ctx)
    {
        var h = m.Groups["h"].Value;
        var (month, day) = h.StartsWith("Christmas", StringComparison.Ordinal) ? (12, h.EndsWith("Eve", StringComparison.Ordinal) ? 24 : 25)
            : h.StartsWith("New", StringComparison.Ordinal) ? (h.EndsWith("Eve", StringComparison.Ordinal) ? (12, 31) : (1, 1))
            : h.StartsWith("Valentine", StringComparison.Ordinal) ? (2, 14)
            : (10, 31);
        return MonthDay(month, day, ctx) ?? new(null, true);
    }

    private static Resolution RelativeUnit(Match m, ResolveContext ctx)
    {
        var mod = Regex.Replace(m.Groups["mod"].Value.ToLowerInvariant(), @"\s+", " ");
        var delta = mod.EndsWith("last", StringComparison.Ordinal) ? -1 : mod is "next" or "coming" ? 1 : 0;
        return m.Groups["unit"].Value switch
        {
            "year" when ctx.Anchor is { Year: int y } => new(new DateValue(y + delta), true),
            "month" when ctx.Anchor is { Year: int y, Month: int mo } => new(AnchorMath.AddMonths(y, mo, delta), true),
            "week" when ctx.AnchorDay is DateOnly d => new(AnchorMath.Week(d.AddDays(7 * delta)), true),
            _ => new(null, true),
        };
    }

    private static Resolution Ago(Match m, ResolveContext ctx)
    {
        var n = m.Groups["n"].Value.ToLowerInvariant() switch
        {
            "a" or "an" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7,
            "eight" => 8, "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12,
            var digits => int.Parse(digits, CultureInfo.InvariantCulture),
        };
        return m.Groups["unit"].Value switch
        {
            "day" when ctx.AnchorDay is DateOnly d => new(DateValue.FromDate(d.AddDays(-n)), true),
            "week" when ctx.AnchorDay is DateOnly d => new(DateValue.FromDate(d.AddDays(-7 * n)), true),
            "month" when ctx.Anchor is { Year: int y, Month: int mo } => new(AnchorMath.AddMonths(y, mo, -n), true),
            "year" when ctx.Anchor is { Year: int y } => new(new DateValue(y - n), true),
            _ => new(null, true),
        };
    }

    private static Direction FromTense(Tense t) => t switch
    {
        Tense.Future => Direction.OnOrAfter,
        _ => Direction.PastOrSame,   // news reports what happened: with no cue, look back
    };
}
