using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Clean;

/// <summary>
/// Recognises a line (or line part) that is nothing but a date, as pages print them:
/// "July 23, 2015, 2:41 pm", "Jan 29, 2022 7:15:55 AM", "Friday 22 of November 2024", "2015-07-23 14:41",
/// optionally after "Published:", "Updated:" and the like.
/// </summary>
public static partial class DateLineParser
{
    private const string Prefix = @"^(?:(?:published|posted|updated|last updated|first published|date)\s*(?:on|at)?\s*:?\s*)?(?:(?:" + Months.WeekdayPattern + @")\.?,?\s+)?";
    private const string Time = @"(?:,?\s*(?:at\s+)?(?<h>\d{1,2})[:.](?<mi>\d{2})(?::\d{2})?\s*(?<ampm>am|pm|a\.m\.|p\.m\.)?(?:\s*(?:[A-Z]{2,4}|GMT[+-]?\d*|UTC))?)?";

    [GeneratedRegex(Prefix + @"(?<mon>" + Months.Pattern + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})" + Time + @"\s*\|?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(Prefix + @"(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>" + Months.Pattern + @")\.?,?\s+(?<y>\d{4})" + Time + @"\s*\|?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DayFirst();

    [GeneratedRegex(Prefix + @"(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T ](?<h>\d{2}):(?<mi>\d{2})(?::\d{2})?\S*)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Iso();

    public static DateValue? Parse(string line)
    {
        var s = line.Trim();
        if (s.Length > 80) return null;
        foreach (var re in new[] { MonthFirst(), DayFirst(), Iso() })
        {
            var m = re.Match(s);
            if (m.Success) return Build(m);
        }
        return null;
    }

    private static DateValue? Build(Match m)
    {
        int I(string g) => int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
        var year = I("y");
        var month = m.Groups["mon"].Success ? Months.ByName[m.Groups["mon"].Value.TrimEnd('.')] : I("m");
        var day = I("d");
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        if (!m.Groups["h"].Success) return new DateValue(year, month, day);
        var hour = I("h");
        var ampm = m.Groups["ampm"].Value.Replace(".", "").ToLowerInvariant();
        if (ampm == "pm" && hour < 12) hour += 12;
        if (ampm == "am" && hour == 12) hour = 0;
        return hour > 23 ? new DateValue(year, month, day) : new DateValue(year, month, day, hour, I("mi"));
    }
}
