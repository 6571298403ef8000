using System.Text.RegularExpressions;

namespace Dossier.Clean;

/// <summary>
/// Heuristic vocabulary of the cleaner, kept as data in one place (as trafilatura keeps its XPaths).
/// Each pattern matches a whole line; its name is the rule recorded in <c>removed[]</c>.
/// </summary>
public static partial class BoilerplatePatterns
{
    /// <summary>Lines that are page furniture wherever they appear.</summary>
    public static readonly (string Rule, Regex Pattern)[] Lines =
    [
        ("share-prompt", ShareRegex()),
        ("photo-credit", PhotoCreditRegex()),
        ("archive-caption", ArchiveRegex()),
        ("comment-policy", CommentsRegex()),
        ("editorial-footer", EditorialRegex()),
        ("navigation", NavigationRegex()),
        ("advertisement", AdRegex()),
        ("copyright", CopyrightRegex()),
        ("url-line", UrlLineRegex()),
    ];

    [GeneratedRegex(@"^(follow us( on)?|share( this( article| story)?)?( on)?|share via|tweet|email this|print this( article)?|(like|follow) us on (facebook|twitter|x)|whatsapp|facebook|twitter|linkedin)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ShareRegex();

    [GeneratedRegex(@"^(photo|image|picture|file photo|photograph|credit|foto)s?( by| credit)?\s*:\s*\S.{0,80}$", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCreditRegex();

    [GeneratedRegex(@"^(.{0,80}\s[-|]\s)?(archive|file|archive photo|file photo)$", RegexOptions.IgnoreCase)]
    private static partial Regex ArchiveRegex();

    [GeneratedRegex(@"^(this article is closed for comments\.?|comments( are closed)?\.?|\d+ comments?|leave a comment|post a comment|view comments|add your comment|comment policy.*|please read our comment policy.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentsRegex();

    [GeneratedRegex(@"^(our code of editorial values|please email the editor|email the editor|report an error|corrections? policy|editorial policy|subscribe( now)?( to .{0,40})?|sign up for .{0,60}newsletter.*|get the latest .{0,60}|download (the|our) app.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex EditorialRegex();

    [GeneratedRegex(@"^(next story|previous story|next article|previous article|read more|read next|related( articles| stories| news)?|more from .{1,40}|back to top|top stories|most read|trending( now)?|recommended( for you)?|see also|home|menu|skip to (main )?content)\s*[:>»]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NavigationRegex();

    [GeneratedRegex(@"^(advertisement|sponsored( content)?|promoted( content)?|ad|ads by .{1,30})$", RegexOptions.IgnoreCase)]
    private static partial Regex AdRegex();

    // a line that is only a web address, also as tokenised corpora write it ("http : / / www . example . com / a - b . html"):
    // the page's address, not a paragraph (ECB+ opens every document with one)
    [GeneratedRegex(@"^(?=https?\s*:|www\s*\.)(?:https?\s*:\s*/\s*/\s*)?[\w%~+-]+(?:\s*[./?=&#:_-]+\s*[\w%~+]+)*\s*/?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex UrlLineRegex();

    [GeneratedRegex(@"^(©|\(c\)|copyright\b).{0,120}$|^all rights reserved\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightRegex();

    /// <summary>"Printable version | Jan 29, 2022 7:15:55 AM |": when the page was printed, not published.</summary>
    [GeneratedRegex(@"^(printable version|printer[- ]friendly version|print version|printed( on)?)\s*[|:]?\s*(?<date>[^|]*?)\s*\|?\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex PrintFooter();

    /// <summary>Photo captions: credits in brackets at the end, "photo:" inside, "via AP", "(Photo: ...)".</summary>
    [GeneratedRegex(@"(\[(xinhua|reuters|afp|ap|getty( images)?|epa|anadolu|sana|file|archive)\]|\((photo|picture|image)s?\s*:[^)]*\)|[,;]\s*photo\s*:.*|\bvia (ap|reuters|afp|getty images)\s*$|\((ap|afp|reuters) photo[^)]*\)|/\s*(reuters|afp|ap|getty images)\s*$)", RegexOptions.IgnoreCase)]
    public static partial Regex Caption();

    /// <summary>Outlet sign-offs: "TRTWorld and agencies", "TBP and Agencies", "Source: Reuters".</summary>
    [GeneratedRegex(@"^(?:(?<src>[A-Z][\w.&' -]{1,40}?)\s+(?:and|with|&)\s+(?:news\s+)?(?:agencies|wires)|(?:source|sources|via)\s*:\s*(?<src>[\w.&' ,-]{2,60}))\s*\.?$", RegexOptions.IgnoreCase)]
    public static partial Regex SignOff();

    /// <summary>A bare agency name alone on the last line: "(Reuters)", "- AFP".</summary>
    [GeneratedRegex(@"^[\(\-–—\s]*(?<src>Reuters|AFP|AP|Associated Press|Xinhua|dpa|Anadolu Agency|Bloomberg|UPI|TASS|Sputnik|EFE|ANSA|Kyodo|Yonhap|PTI|IANS)[\)\s.]*$")]
    public static partial Regex AgencyLine();

    /// <summary>Dateline with agency credit at the start of a body paragraph: "PINE RIDGE, S.D. (AP) -- ".</summary>
    [GeneratedRegex(@"^[A-Z][A-Z .,'-]{2,40}\((?<src>AP|Reuters|AFP|Xinhua|dpa|UPI|Bloomberg)\)\s*(?:--?|—)\s")]
    public static partial Regex AgencyDateline();
}
