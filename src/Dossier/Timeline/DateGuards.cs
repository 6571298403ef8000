using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Dossier.Text;

namespace Dossier.Timeline;

/// <summary>
/// Context checks that turn down matches which look like dates but are names: "Good Friday", "the Sunday Times",
/// "USA Today", "Theresa May 5", "by 2000 votes". Kept apart from the patterns so each refusal is one readable line.
/// </summary>
internal static partial class DateGuards
{
    private static readonly FrozenSet<string> WeekdayNamePrefixes = new[]
    {
        "Good", "Black", "Super", "Ash", "Bloody", "Holy", "Palm", "Cyber", "Maundy", "Shrove", "Mail", "Independent",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> WeekdayNameSuffixes = new[]
    {
        "Times", "Telegraph", "Mirror", "Express", "Herald", "Post", "People", "Mail", "Sport", "Star", "Independent",
        "Night", "School", "Service", "Tribune", "Observer", "Review", "Club", "League",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> WeakYearCues = new[] { "by", "from", "to", "between", "and" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Months that are also given names, so "Theresa May 5" is not a date.
    private static readonly FrozenSet<string> NameMonths = new[] { "May", "June" }.ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex(@"(\p{L}+)\W*$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex LastWord();

    [GeneratedRegex(@"^\W*(\p{L}+)", RegexOptions.CultureInvariant)]
    private static partial Regex FirstWord();

    /// <summary>True when the match at <paramref name="m"/> in <paramref name="sentence"/> should be kept.</summary>
    public static bool Accept(DateKind kind, Match m, string sentence)
    {
        var before = LastWord().Match(sentence[..m.Index]) is { Success: true } b ? b.Groups[1].Value : null;
        var end = m.Index + m.Length;
        var after = FirstWord().Match(sentence[end..]) is { Success: true } a ? a.Groups[1].Value : null;
        var x = m.Groups["x"];
        var atStart = string.IsNullOrWhiteSpace(sentence[..m.Index]) || sentence[..m.Index].TrimEnd().EndsWith('"');
        return kind switch
        {
            DateKind.Weekday => !(before is not null && WeekdayNamePrefixes.Contains(before)) && !(after is not null && WeekdayNameSuffixes.Contains(after)),
            DateKind.RelativeDay => !IsNamedToday(x.Value, before, after, atStart),
            DateKind.MonthDay or DateKind.MonthYear => !(NameMonths.Contains(m.Groups["month"].Value) && !atStart && IsName(before)),
            DateKind.RelativeUnit => !string.Equals(before, "the", StringComparison.OrdinalIgnoreCase),   // "over the last year" is a span
            DateKind.Year => !(WeakYearCues.Contains(m.Groups["cue"].Value) && after is not null && StartsCountedNoun(sentence, end)),
            _ => true,
        };
    }

    // "USA Today", "the Today programme", "Piers Morgan Tonight": capitalised inside a sentence it is a title, not a day.
    private static bool IsNamedToday(string text, string? before, string? after, bool atStart) =>
        (text.StartsWith("Today", StringComparison.Ordinal) || text.StartsWith("Tonight", StringComparison.Ordinal))
        && (!atStart || before == "USA" || after is "programme" or "show");

    private static bool IsName(string? word) =>
        word is { Length: > 0 } && char.IsUpper(word[0]) && !Months.Weekdays.ContainsKey(word)
        && word is not ("On" or "In" or "By" or "Since" or "Until" or "From" or "The" or "Early" or "Late" or "Mid");

    // "by 2000 votes": a number followed straight by a lower-case content word counts something.
    private static bool StartsCountedNoun(string sentence, int end)
    {
        var rest = sentence[end..];
        var word = FirstWord().Match(rest);
        if (!word.Success || rest[..word.Groups[1].Index].Trim().Length > 0) return false;
        var w = word.Groups[1].Value;
        return char.IsLower(w[0]) && !Stopwords.Contains(w);
    }
}
