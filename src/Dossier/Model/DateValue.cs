using System.Globalization;

namespace Dossier.Model;

/// <summary>How precise a <see cref="DateValue"/> is.</summary>
public enum DateGranularity
{
    Year,
    Month,
    Day,
    Time,
}

/// <summary>
/// A calendar date that may be partial: "2015", "July 2015", "August 19" (year unknown), "2015-07-23 14:41".
/// Printed in ISO 8601 where the year is known, and TimeML-style ("XXXX-08-19") where it is not,
/// because a date whose year the text does not give must never be guessed.
/// </summary>
public sealed record DateValue(int? Year, int? Month = null, int? Day = null, int? Hour = null, int? Minute = null)
{
    public DateGranularity Granularity =>
        Hour is not null ? DateGranularity.Time
        : Day is not null ? DateGranularity.Day
        : Month is not null ? DateGranularity.Month
        : DateGranularity.Year;

    /// <summary>True when the date can be placed on a time line (its year is known).</summary>
    public bool IsAnchored => Year is not null;

    public static DateValue FromDate(DateOnly d) => new(d.Year, d.Month, d.Day);

    /// <summary>The first day this value covers, when the year is known.</summary>
    public DateOnly? Start => Year is int y && IsValid ? new DateOnly(y, Month ?? 1, Day ?? 1) : null;

    /// <summary>False for impossible dates ("February 30", month 13) that a sloppy page or a bad parse can produce.</summary>
    public bool IsValid =>
        Year is null or (>= 1 and <= 9999)
        && Month is null or (>= 1 and <= 12)
        && (Day is null || (Day >= 1 && Day <= (Month is int m ? DateTime.DaysInMonth(Year ?? 2000, m) : 31)))
        && Hour is null or (>= 0 and <= 23)
        && Minute is null or (>= 0 and <= 59);

    /// <summary>This value cut down to a coarser granularity (never finer).</summary>
    public DateValue Truncate(DateGranularity g) => g switch
    {
        DateGranularity.Year => new DateValue(Year),
        DateGranularity.Month => new DateValue(Year, Month),
        DateGranularity.Day => new DateValue(Year, Month, Day),
        _ => this,
    };

    public string ToIso()
    {
        var year = Year?.ToString("D4", CultureInfo.InvariantCulture) ?? "XXXX";
        if (Month is null) return year;
        var s = $"{year}-{Month:D2}";
        if (Day is null) return s;
        s += $"-{Day:D2}";
        return Hour is null ? s : s + $"T{Hour:D2}:{Minute ?? 0:D2}";
    }

    /// <summary>Parses what <see cref="ToIso"/> prints.</summary>
    public static DateValue? ParseIso(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        var main = s.Split('T');
        var parts = main[0].Split('-');
        int? Num(string p) => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
        int? year = parts[0] == "XXXX" ? null : Num(parts[0]);
        int? month = parts.Length > 1 ? Num(parts[1]) : null;
        int? day = parts.Length > 2 ? Num(parts[2]) : null;
        int? hour = null, minute = null;
        if (main.Length > 1)
        {
            var hm = main[1].Split(':');
            hour = Num(hm[0]);
            minute = hm.Length > 1 ? Num(hm[1][..Math.Min(2, hm[1].Length)]) : 0;
        }
        return new DateValue(year, month, day, hour, minute);
    }

    public override string ToString() => ToIso();
}
