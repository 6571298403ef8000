using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Dossier.Summarize;

/// <summary>
/// Light, rule-based sentence compression: shorter wordings of one sentence that keep its statement. Every rule cuts
/// words a reader of a multi-article summary does not need — the wire dateline ("BEIJING (AP) _"), a discourse
/// connective that pointed at the previous sentence of its own article ("However,"), the weekday of a report, a
/// parenthesis, a trailing attribution (", officials said"), a non-restrictive relative clause (", who ...,").
/// The words are taken out, never changed or reordered, so the result is still the source's wording.
/// The selector chooses among the variants, so a cut is made only when it buys room for other content.
/// </summary>
internal static partial class Compressor
{
    /// <summary>A wire dateline: a capitalised place, optional region and date, an agency in brackets, and a dash.</summary>
    [GeneratedRegex(@"^[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+)*(?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})?(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\(\s*[^)]{1,40}\))?\s*(?:--|_|—|–|-)\s+")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^(?:However|Meanwhile|In addition|Additionally|Also|Moreover|Furthermore|Nevertheless|Nonetheless|Still|Instead|Indeed|In fact|Besides|Likewise|Similarly|Separately|Otherwise|Thus|Therefore|Consequently|As a result|At the same time|For example|For instance|Of course|In other words|In turn|Even so|Then|Now|Yet),\s+(?=[A-Za-z0-9""])|^(?:But|And)\s+(?=[A-Za-z0-9""])")]
    private static partial Regex LeadingConnective();

    [GeneratedRegex(@"\s+(?:on\s+|late\s+|early\s+|last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?(?=[\s,.;:])(?!\s+(?:and|or)\b)")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\s*\([^()]{1,100}\)")]
    private static partial Regex Parenthesis();

    /// <summary>", officials said." / ", the group reported Monday." / ", according to X." at the end of a sentence.</summary>
    [GeneratedRegex(@",\s+(?:according\s+to\s+[^,;""]{2,70}|[^,;""]{2,60}?\s+(?:said|says|reported|reports|added|noted|announced|stated|explained|wrote|told\s+[^,;""]{2,40}))(?:\s+(?:on\s+)?(?:today|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\s*(?=[.!]$)")]
    private static partial Regex TrailingAttribution();

    /// <summary>A clause like ", who fled in 1998," or ", which ... ." set off by commas.</summary>
    [GeneratedRegex(@",\s+(?:who|which|whose)\s+[^,;""()]{2,120}?(?:,(?=\s)|(?=[.!]$))")]
    private static partial Regex RelativeClause();

    /// <summary>
    /// "Officials said (that) ..." opening a sentence: the statement, without who stated it. Not when the speaker is a
    /// share of people ("Thirty-eight percent said that the state's image benefits …"): without it an opinion poll's
    /// answer would read as a fact.
    /// </summary>
    [GeneratedRegex(@"^(?!\S*(?:\s+\S+){0,5}?\s+(?:percent|per\s+cent|%|majority|minority|half|third|thirds|quarter)\s)[A-Z][\w.'\-]*(?:\s+[\w.'\-]+){0,5}?\s+(?:said|says)(?:\s+(?:on\s+)?(?:today|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\s+(?:that\s+)?(?=[A-Za-z])")]
    private static partial Regex LeadingAttribution();

    /// <summary>"Last week," / "In March," / "On Tuesday," opening a sentence: when, in words a summary leaves to the order.</summary>
    [GeneratedRegex(@"^(?:(?:Last|This|Earlier this|Later that|Next|Early last|Late last)\s+(?:week|month|year|spring|summer|fall|autumn|winter|weekend)|(?:On|Last|By)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:In|Since|By)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|Earlier|Later|Recently|Currently|Today|Yesterday),\s+(?=[A-Za-z])")]
    private static partial Regex LeadingTime();

    /// <summary>An appositive after a name: "Putin, a former KGB officer, said" → "Putin said".</summary>
    [GeneratedRegex(@"(?<=[A-Z][\w.'\-]*),\s+(?:a|an|the|who|whose|now|then|formerly|also|both|its|his|her|their)\s+[^,;""()]{2,80}?,(?=\s+[a-z])")]
    private static partial Regex Appositive();

    /// <summary>", however," / ", meanwhile," inside a sentence.</summary>
    [GeneratedRegex(@",\s+(?:however|meanwhile|though|moreover|furthermore|nevertheless|in turn|in fact|for example|for instance|of course),(?=\s)")]
    private static partial Regex InnerConnective();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    /// <summary>The sentence without its dateline: that is never part of what the sentence states.</summary>
    public static string Clean(string text)
    {
        var t = Dateline().Replace(text, "", 1);
        return t.Length > 0 && t.Length < text.Length ? Capitalise(t) : text;
    }

    /// <summary>
    /// Wordings of <paramref name="text"/> from fullest to shortest, duplicates removed: as given, with the light
    /// cuts (connective, weekday, parenthesis, trailing attribution), and with the clause cuts too.
    /// </summary>
    public static ImmutableArray<string> Variants(string text)
    {
        var full = Clean(text);
        var light = Tidy(TrailingAttribution().Replace(Parenthesis().Replace(Weekday().Replace(LeadingTime().Replace(InnerConnective().Replace(LeadingConnective().Replace(full, "", 1), ""), "", 1), ""), ""), ""));
        var heavy = Tidy(LeadingAttribution().Replace(RelativeClause().Replace(light, ""), "", 1));
        var relative = Tidy(RelativeClause().Replace(light, ""));
        var unattributed = Tidy(LeadingAttribution().Replace(light, "", 1));
        var appositive = Tidy(Appositive().Replace(light, ""));
        var all = Tidy(Appositive().Replace(heavy, ""));
        return [.. new[] { full, light, heavy, relative, unattributed, appositive, all }.Distinct(StringComparer.Ordinal)];
    }

    private static string Tidy(string text)
    {
        var t = Spaces().Replace(text, " ").Trim().Replace(" ,", ",", StringComparison.Ordinal).Replace(" .", ".", StringComparison.Ordinal);
        return Capitalise(t);
    }

    private static string Capitalise(string t) => t.Length > 0 && char.IsLower(t[0]) ? char.ToUpperInvariant(t[0]) + t[1..] : t;
}
