using System.Text.RegularExpressions;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Quotes.Sieves;

/// <summary>
/// Lines a speaker owns, as transcripts and headlines write them: "WALLACE: Let's start …", "Pat Caddell: Democrat
/// Voters Worried …", and a quotation signed at the line's end ("“I'm so ashamed …”― Jacklyn Ashley"). The colon or
/// dash is the cue; the rest of the line is the content. Sentence-level taggers miss these: the cue is punctuation.
/// </summary>
internal static partial class SpeakerLineSieve
{
    public const string Name = "SpeakerLine";

    // a name of one to four capitalised words (or one all-caps word) opening the line, then a colon
    [GeneratedRegex(@"^[ \t""“]*(?<name>[A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){0,3}): +(?<content>\S.*\S)[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex ColonLine();

    // a quotation, then a dash and a name closing the line
    [GeneratedRegex(@"^[ \t]*(?<content>[""“”].*[""“”])[ \t]*(?<cue>[―—–])[ \t]*(?<name>[A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){0,3})[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex SignedLine();

    private static readonly HashSet<string> NotSpeakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "Update", "Note", "Editor's Note", "Editor’s Note", "Correction", "Related", "Read More", "Watch", "Photo", "Source",
        "Sources", "Related Coverage", "Contact", "Follow", "Also", "Warning", "Bottom Line", "The Bottom Line",
        // wire and web headline labels: "The Latest: Trump urges …" (ten such headlines in PolNeAR, none attributed to them)
        "The Latest", "Clarification", "Breaking", "Breaking News", "Exclusive",
    };

    public static IEnumerable<Candidate> Find(QuoteContext c)
    {
        foreach (Match m in ColonLine().Matches(c.Text))
        {
            var name = m.Groups["name"];
            var content = m.Groups["content"];
            if (NotSpeakers.Contains(name.Value) || content.Value.Split(' ').Length < 3) continue;
            // in PolNeAR train a headline's "X: …" is an attribution two times in three, a transcript's "WALLACE: …"
            // as often, but a body line opened by a capitalised name and a colon only one time in three
            if (c.Text.AsSpan(0, name.Index).ContainsAny('\n', '\r') && name.Value.Any(char.IsLower)) continue;
            if (IsKicker(c, name.Index, name.Index + name.Length)) continue;
            var colon = name.Index + name.Length;
            yield return Make(c, new TextSpan(name.Index, name.Index + name.Length), new TextSpan(colon, colon + 1), new TextSpan(content.Index, content.Index + content.Length));
        }
        foreach (Match m in SignedLine().Matches(c.Text))
        {
            var name = m.Groups["name"];
            var cue = m.Groups["cue"];
            var content = m.Groups["content"];
            yield return Make(c, new TextSpan(name.Index, name.Index + name.Length), new TextSpan(cue.Index, cue.Index + 1), new TextSpan(content.Index, content.Index + content.Length));
        }
    }

    /// <summary>
    /// "DITCH TACTICS: Kenyan officers were …": a headline kicker of two or more words in capitals, not a transcript's
    /// speaker ("JAKE TAPPER: …"). A speaker's name comes up again in the article ("Tapper"); a kicker's words do not,
    /// capitalised. In PolNeAR train and dev the three all-caps names of several words that recur are speakers, and
    /// the one that does not ("FIX IS IN") is a kicker. A lone word ("WALLACE: …") is left alone: a transcript may
    /// never write it again.
    /// </summary>
    private static bool IsKicker(QuoteContext c, int start, int end)
    {
        var words = c.Text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Any(w => w.Any(char.IsLower))) return false;
        var forms = words.Select(w => w.Trim('.', '\'', '’')).Where(w => w.Length >= 2 && !Stopwords.Contains(w.ToLowerInvariant()))
            .SelectMany(w => new[] { w, char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant() }).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < c.Count; i++)
            if (c[i].Span.Start >= end || c[i].Span.End <= start)
                if (forms.Contains(c[i].Text)) return false;
        return true;
    }

    private static Candidate Make(QuoteContext c, TextSpan name, TextSpan cueSpan, TextSpan content)
    {
        var first = c.TokenAt(name.Start);
        var last = Math.Max(first, c.TokenAt(name.End) - 1);
        var speaker = new SpeakerPhrase(name, SpeakerKind.Name, null, c.Lower(last));
        var t = c.TokenAt(cueSpan.Start);
        var cue = new Cue(t, t, cueSpan, c.Slice(cueSpan));
        // a signed quotation is direct speech, reported inside its marks
        var quote = c.Quotes.FirstOrDefault(q => q.Open == content.Start && q.After == content.End);
        return new Candidate(quote?.Content ?? content, quote is not null, new Attribution(speaker, cue, Name), Name, quote, Learned: true);
    }
}
