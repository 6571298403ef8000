using Dossier.Model;

namespace Dossier.Timeline;

/// <summary>Which way from the anchor a relative date lies.</summary>
internal enum Direction
{
    /// <summary>No cue: the nearest candidate.</summary>
    Nearest,

    /// <summary>On or before the anchor ("said on Tuesday").</summary>
    PastOrSame,

    /// <summary>Strictly before ("last Tuesday").</summary>
    Before,

    /// <summary>On or after ("will meet on Tuesday": on the publication day itself when it is a Tuesday).</summary>
    OnOrAfter,

    /// <summary>Strictly after ("next Monday").</summary>
    After,
}

/// <summary>Calendar arithmetic against an anchor (publication) date.</summary>
internal static class AnchorMath
{
    /// <summary>The year that puts month/day nearest the anchor (ties go to the past: news mostly reports it).</summary>
    public static int NearestYear(DateOnly anchor, int month, int day)
    {
        int? best = null;
        var bestDist = int.MaxValue;
        for (var y = anchor.Year - 1; y <= anchor.Year + 1; y++)
        {
            if (day > DateTime.DaysInMonth(y, month)) continue;
            var dist = Math.Abs(new DateOnly(y, month, day).DayNumber - anchor.DayNumber);
            if (dist < bestDist) (best, bestDist) = (y, dist);
        }
        return best ?? anchor.Year;
    }

    /// <summary>The date with the given weekday in the given direction from the anchor (within a week).</summary>
    public static DateOnly Weekday(DateOnly anchor, DayOfWeek wd, Direction dir)
    {
        var back = ((int)anchor.DayOfWeek - (int)wd + 7) % 7;        // 0..6 days back to that weekday
        var forward = ((int)wd - (int)anchor.DayOfWeek + 7) % 7;     // 0..6 days ahead
        return dir switch
        {
            Direction.Before => anchor.AddDays(back == 0 ? -7 : -back),
            Direction.After => anchor.AddDays(forward == 0 ? 7 : forward),
            Direction.OnOrAfter => anchor.AddDays(forward),
            Direction.Nearest when forward > 0 && forward < back => anchor.AddDays(forward),
            _ => anchor.AddDays(-back),
        };
    }

    /// <summary>The given weekday in the calendar week (Monday to Sunday) <paramref name="weeks"/> away from the anchor's.</summary>
    public static DateOnly WeekdayOfWeek(DateOnly anchor, DayOfWeek wd, int weeks)
    {
        var monday = anchor.AddDays(-(((int)anchor.DayOfWeek + 6) % 7));
        return monday.AddDays(7 * weeks + ((int)wd + 6) % 7);
    }

    /// <summary>The year of a bare month ("in June") relative to the anchor month.</summary>
    public static int MonthYear(int anchorYear, int anchorMonth, int month, Direction dir) => dir switch
    {
        Direction.Before => month < anchorMonth ? anchorYear : anchorYear - 1,
        Direction.PastOrSame => month <= anchorMonth ? anchorYear : anchorYear - 1,
        Direction.After => month > anchorMonth ? anchorYear : anchorYear + 1,
        Direction.OnOrAfter => month >= anchorMonth ? anchorYear : anchorYear + 1,
        _ => Math.Abs(month - anchorMonth) <= 6 ? anchorYear : month > anchorMonth ? anchorYear - 1 : anchorYear + 1,
    };

    public static DateValue AddMonths(int year, int month, int delta)
    {
        var d = new DateOnly(year, month, 1).AddMonths(delta);
        return new DateValue(d.Year, d.Month);
    }

    /// <summary>
    /// A week ("last week") cannot be written as a <see cref="DateValue"/>; it is coarsened to the month (or year)
    /// that holds the whole week, so the value is never more precise than the text.
    /// </summary>
    public static DateValue? Week(DateOnly anyDayInWeek)
    {
        var monday = anyDayInWeek.AddDays(-(((int)anyDayInWeek.DayOfWeek + 6) % 7));
        var sunday = monday.AddDays(6);
        if (monday.Month == sunday.Month) return new DateValue(monday.Year, monday.Month);
        return monday.Year == sunday.Year ? new DateValue(monday.Year) : null;
    }
}
