using System.Text.RegularExpressions;
using Dossier.Text;

namespace Dossier.Timeline;

/// <summary>What a date pattern reads, which decides how its match is resolved.</summary>
internal enum DateKind
{
    IsoDate,
    MonthDayYear,
    DayMonthYear,
    MonthDay,
    DayMonth,
    MonthYear,
    MonthOnly,
    Year,
    RelativeDay,
    Weekday,
    RelativeUnit,
    Ago,
    Holiday,
}

/// <summary>One recognition rule: its name (kept as provenance on every expression), its pattern and its kind.</summary>
internal sealed record DateRule(string Name, Regex Pattern, DateKind Kind);

/// <summary>
/// The date patterns, as data. Month and weekday names are matched case-sensitively (capitalised), which is what
/// keeps the modal "may" and the verb "march" out; "May" and "March" still need a day, a year or a temporal
/// preposition beside them. Group <c>x</c>, where present, is the expression's span; the rest is context
/// ("on", "in") that helps resolve it but is not the date. Earlier rules win ties between equally long matches.
/// </summary>
internal static partial class DatePatterns
{
    private const string Wd = Months.WeekdayPattern;
    private const string Mon = "(?<month>" + Months.Pattern + @")(?![\p{L}])\.?";
    private const string FullMon = "(?<month>January|February|March|April|May|June|July|August|September|October|November|December)";
    private const string Day = @"(?<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    private const string Yr = @"(?<y>(?:1[89]|20)\d{2})";
    private const string LeadWd = @"(?:(?:" + Wd + @")\s?,?\s+)?";

    /// <summary>Rules whose value is computed from the anchor entirely ("Tuesday", "last month"), as opposed to read off the text.</summary>
    public static readonly IReadOnlySet<string> Deictic = new HashSet<string>(StringComparer.Ordinal) { "weekday", "relative-day", "relative-unit", "ago" };

    public static readonly IReadOnlyList<DateRule> Rules =
    [
        new("iso-date", Iso(), DateKind.IsoDate),
        new("month-day-year", MonthDayYear(), DateKind.MonthDayYear),
        new("day-month-year", DayMonthYear(), DateKind.DayMonthYear),
        new("month-year", MonthYear(), DateKind.MonthYear),
        new("month-day", MonthDay(), DateKind.MonthDay),
        new("day-month", DayMonth(), DateKind.DayMonth),
        new("relative-unit", RelativeUnit(), DateKind.RelativeUnit),
        new("ago", Ago(), DateKind.Ago),
        new("relative-day", RelativeDay(), DateKind.RelativeDay),
        new("holiday", Holiday(), DateKind.Holiday),
        new("weekday", Weekday(), DateKind.Weekday),
        new("month-only", MonthOnly(), DateKind.MonthOnly),
        new("year", Year(), DateKind.Year),
    ];

    [GeneratedRegex(@"\b(?<x>(?<y>(?:19|20)\d{2})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01]))\b(?![-:]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    // "July 23, 2015", "Monday, Jan. 23 2017"
    [GeneratedRegex(@"\b(?<x>" + LeadWd + Mon + @"\s+" + Day + @"\s?,?\s+" + Yr + @")\b(?![-/.,:]?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    // "22 April 2011", "the 5th of May, 2010"
    [GeneratedRegex(@"\b(?<x>" + LeadWd + @"(?:the\s+)?" + Day + @"\s+(?:of\s+)?" + Mon + @"\s?,?\s+" + Yr + @")\b(?![-/.,:]?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    // "June 2014", "March of 2010"
    [GeneratedRegex(@"\b(?<x>" + Mon + @"\s?,?\s+(?:of\s+)?" + Yr + @")\b(?![-/.,:]?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    // "Aug 19", "Jan. 23", "August 19th"; not "May 5,000" nor a clock time
    [GeneratedRegex(@"\b(?<x>" + LeadWd + Mon + @"\s+" + Day + @")\b(?![.,:]\d)(?!\s*%)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    // "22 April", "the 3rd of March"
    [GeneratedRegex(@"(?<![\d,.]\s?)\b(?<x>" + LeadWd + @"(?:the\s+)?" + Day + @"\s+(?:of\s+)?" + Mon + @")(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();

    // "last month", "earlier this year", "next week"; "the past year" is a span of twelve months, not a calendar year
    [GeneratedRegex(@"\b(?<x>(?<mod>(?i:last|this|next|coming|(?:earlier|later|early|late)\s+this|(?:early|late)\s+last))\s+(?<unit>week|month|year))\b", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeUnit();

    // "a week ago", "three days ago", "two years ago"
    [GeneratedRegex(@"\b(?<x>(?<n>(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|\d{1,2})\s+(?<unit>day|week|month|year)s?\s+ago)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Ago();

    // "yesterday", "today", "last night", "this morning"
    [GeneratedRegex(@"\b(?<x>(?<w>(?i:today|yesterday|tomorrow|tonight))|(?i:last)\s+(?<w>night)|(?i:this)\s+(?<w>morning|afternoon|evening))\b", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeDay();

    // "on Tuesday", "last Friday", "earlier on Wednesday", "Thursday", "Tuesday last week"
    [GeneratedRegex(@"(?:\b(?<pre>(?i:on|since|until|till|by|from|before|after|(?:earlier|later|early|late)(?:\s+on)?))\s+)?\b(?<x>(?:(?<mod>(?i:last|next|this|coming|past))\s+)?(?<wd>" + Wd + @")(?:\s+(?:of\s+)?(?<week>last|next)\s+week)?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    // Fixed-date holidays; movable feasts (Easter) and national days that differ by country are left out.
    [GeneratedRegex(@"\b(?<x>(?<h>Christmas\s+(?:Day|Eve)|New\s+Year's\s+(?:Day|Eve)|Valentine's\s+Day|Halloween))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Holiday();

    // "in June", "since March", "last May": a bare month needs a temporal word before it
    [GeneratedRegex(@"\b(?<cue>(?i:in|since|until|till|by|during|through|throughout|before|after|from|(?:the\s+)?(?:end|beginning|start|middle)\s+of|early|earlier|late|later|mid))(?:\s+|-)(?<x>(?:(?<mod>(?i:last|this|next))\s+)?" + FullMon + @")\b(?!\s*\d)(?!\s*'s)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthOnly();

    // "in 2012", "since 2003", "mid-2010": a year only with a temporal word before it, never a bare number
    [GeneratedRegex(@"\b(?<cue>(?i:in|since|during|until|till|throughout|before|after|early|late|mid|(?:the\s+)?(?:end|beginning|start|middle|spring|summer|autumn|fall|winter)\s+of|by|from|to|between|and))(?:\s+|-)(?<x>" + Yr + @")\b(?![-/.,:]?\d)(?!\s*%)", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
