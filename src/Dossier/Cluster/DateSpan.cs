using Dossier.Model;

namespace Dossier.Cluster;

/// <summary>
/// The days a set of (possibly partial) dates covers: "July 2015" covers the whole month, so two articles dated
/// "2015-07" and "2015-07-23" are zero days apart rather than 22.
/// </summary>
internal readonly record struct DateSpan(DateOnly First, DateOnly Last)
{
    public static DateSpan? Of(DateValue? d)
    {
        if (!Valid(d) || d?.Start is not DateOnly start) return null;
        var last = d.Granularity switch
        {
            DateGranularity.Year => new DateOnly(start.Year, 12, 31),
            DateGranularity.Month => start.AddMonths(1).AddDays(-1),
            _ => start,
        };
        return new DateSpan(start, last);
    }

    /// <summary>
    /// False for values <see cref="DateValue.Start"/> would throw on (month 13, February 30): a bad date from an
    /// earlier stage should cost the article its date, not abort clustering.
    /// </summary>
    internal static bool Valid(DateValue? d) =>
        d?.Year is int y && y is >= 1 and <= 9999
        && (d.Month is null || d.Month is >= 1 and <= 12)
        && (d.Day is null || (d.Month is int m && d.Day >= 1 && d.Day <= DateTime.DaysInMonth(y, m)));

    public DateSpan Union(DateSpan other) =>
        new(First < other.First ? First : other.First, Last > other.Last ? Last : other.Last);

    /// <summary>Days between the two spans; zero when they overlap.</summary>
    public int GapDays(DateSpan other) =>
        other.First > Last ? other.First.DayNumber - Last.DayNumber
        : First > other.Last ? First.DayNumber - other.Last.DayNumber
        : 0;

    /// <summary>True when both spans are known and further apart than <paramref name="maxDays"/>.</summary>
    public static bool TooFar(DateSpan? a, DateSpan? b, int maxDays) =>
        a is DateSpan x && b is DateSpan y && x.GapDays(y) > maxDays;
}
