using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Extract;

/// <summary>
/// Reads the date strings pages put in their metadata: ISO 8601 (with or without time and offset),
/// compact "20191119", "2019/11/19", RFC 1123 and "November 19, 2019 8:00 AM" / "19 Nov 2019".
/// The clock time is kept as the page wrote it (no conversion between zones), because the outlet's
/// local date is the one its readers saw.
/// </summary>
internal static partial class PageDateParser
{
    public static DateValue? Parse(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        s = s.Trim();
        var m = Iso().Match(s);
        if (m.Success) return Build(m.Groups["y"].Value, m.Groups["mo"].Value, m.Groups["d"].Value, m.Groups["h"].Value, m.Groups["mi"].Value, "");
        m = DayFirst().Match(s);
        if (m.Success) return Build(m.Groups["y"].Value, MonthNumber(m.Groups["mo"].Value), m.Groups["d"].Value, m.Groups["h"].Value, m.Groups["mi"].Value, m.Groups["ap"].Value);
        m = MonthFirst().Match(s);
        if (m.Success) return Build(m.Groups["y"].Value, MonthNumber(m.Groups["mo"].Value), m.Groups["d"].Value, m.Groups["h"].Value, m.Groups["mi"].Value, m.Groups["ap"].Value);
        return null;
    }

    /// <summary>The date in a URL path: /2019/11/19/, /2019-11-19/, /2019/nov/19/, or just /2019/11/ (month).</summary>
    public static DateValue? FromUrl(string? url)
    {
        if (url is null) return null;
        var m = UrlDate().Match(url);
        if (!m.Success) return null;
        var month = m.Groups["mo"].Value;
        if (!char.IsDigit(month[0])) month = MonthNumber(month);
        var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (!TryInt(month, out var mo) || mo is < 1 or > 12) return null;
        if (m.Groups["d"].Success) return Build(m.Groups["y"].Value, month, m.Groups["d"].Value, "", "", "") ?? new DateValue(y, mo);
        return new DateValue(y, mo);
    }

    private static string MonthNumber(string name) =>
        Months.ByName.TryGetValue(name.TrimEnd('.'), out var n) ? n.ToString(CultureInfo.InvariantCulture) : "";

    private static DateValue? Build(string y, string mo, string d, string h, string mi, string ampm)
    {
        if (!TryInt(y, out var year) || year < 1900 || year > 2100) return null;
        if (!TryInt(mo, out var month) || month is < 1 or > 12) return null;
        if (!TryInt(d, out var day) || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        if (!TryInt(h, out var hour)) return new DateValue(year, month, day);
        if (ampm.Length > 0)
        {
            var pm = ampm.StartsWith('p') || ampm.StartsWith('P');
            if (hour == 12) hour = pm ? 12 : 0;
            else if (pm) hour += 12;
        }
        TryInt(mi, out var minute);
        if (hour > 23 || minute > 59) return new DateValue(year, month, day);
        return new DateValue(year, month, day, hour, minute);
    }

    private static bool TryInt(string s, out int v) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out v);

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})[/-](?<mo>\d{1,2}|[a-z]{3,9})(?=[/-])(?:[/-](?<d>\d{1,2})(?=[/-]|\.html?|$))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();

    // 2019-11-19, 2019-11-19T08:00:00-05:00, 2019/11/19 08:00, 20191119
    [GeneratedRegex(@"^(?<y>\d{4})(?:[-/.]?)(?<mo>\d{1,2})(?:[-/.]?)(?<d>\d{1,2})(?:(?:T|\s+)(?<h>\d{1,2}):?(?<mi>\d{2}))?(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    // Tue, 19 Nov 2019 13:00:00 GMT; 19 November 2019, 8:00 am
    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?<mo>" + Months.Pattern + @")\.?,?\s+(?<y>\d{4})(?:,?\s+(?:at\s+)?(?<h>\d{1,2})[:.](?<mi>\d{2})(?::\d{2})?\s*(?<ap>[ap]\.?m\.?)?)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    // November 19, 2019 8:00 AM; Nov. 19 2019
    [GeneratedRegex(@"(?<mo>" + Months.Pattern + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})(?:,?\s+(?:at\s+)?(?<h>\d{1,2})[:.](?<mi>\d{2})(?::\d{2})?\s*(?<ap>[ap]\.?m\.?)?)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();
}
