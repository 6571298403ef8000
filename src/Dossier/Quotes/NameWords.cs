using System.Text.RegularExpressions;
using Dossier.Model;
using L = Dossier.Quotes.QuoteLexicon;

namespace Dossier.Quotes;

/// <summary>
/// Word-level tests for names, shared by the phrase reader and the name index: what may be part of a name,
/// how titles are stripped, and the particle-free key names are compared on ("al-Assad" ~ "Bashar al Assad").
/// </summary>
internal static partial class NameWords
{
    [GeneratedRegex(@"\b(al|el|ad|as|ash|bin|ibn|abu)-\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LooseParticle();

    [GeneratedRegex(@"^(?:al|el|ad|as|ash|bin|ibn|abu)-\p{Lu}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ParticlePrefixed();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    /// <summary>True when token <paramref name="i"/> can be part of a proper name ("Walid", "al-Assad", "Mr.", the "al" of "al Assad").</summary>
    public static bool IsNamePart(QuoteContext c, int i)
    {
        if (i < 0 || i >= c.Count) return false;
        var t = c[i];
        if (t.Text == "-") return c.IsWord(i - 1) && L.Particles.Contains(c.Lower(i - 1)) && c.IsWord(i + 1) && c[i + 1].IsCapitalized;
        // the period of an initial: "Donald J. Trump"
        if (t.Text == "." && c.IsWord(i - 1) && c[i - 1].Text.Length == 1 && char.IsUpper(c[i - 1].Text[0]) && t.Span.Start == c[i - 1].Span.End)
            return IsCapitalName(c, i + 1);
        if (!t.IsWord) return false;
        if (ParticlePrefixed().IsMatch(t.Text)) return true;
        if (L.Particles.Contains(t.Text) && !t.IsCapitalized)
            return IsCapitalName(c, i + 1) || c.Is(i + 1, "-") && IsCapitalName(c, i + 2);
        return IsCapitalName(c, i);
    }

    private static bool IsCapitalName(QuoteContext c, int i)
    {
        if (!c.IsWord(i) || !c[i].IsCapitalized) return false;
        var w = c.Lower(i);
        if (L.NonNameCapitals.Contains(w) || CueReader.IsWeekday(w) || Dossier.Text.Months.ByName.ContainsKey(w) && w.Length > 3) return false;
        // a capitalised "-ing" word at a clause start is a verb ("Speaking to reporters, …")
        return !(w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5 && IsClauseStart(c, i));
    }

    private static bool IsClauseStart(QuoteContext c, int i) =>
        i == 0 || c.SentenceFirstToken(c.SentenceOfToken(i)) == i || !c.IsWord(i - 1);

    public static bool IsTitle(string word) => L.PersonTitles.Contains(word);

    /// <summary>Words of a name run that are titles or nationalities before a title ("Syrian President", "US Vice President").</summary>
    public static int TitleCount(QuoteContext c, int first, int last)
    {
        var n = first;
        while (n < last)
        {
            var w = c.Lower(n);
            if (IsTitle(w)) { n++; continue; }
            var demonym = L.Demonyms.Contains(w) || (w.EndsWith("ian", StringComparison.Ordinal) || w.EndsWith("ese", StringComparison.Ordinal)) && c[n].IsCapitalized;
            if (demonym && IsTitle(c.Lower(n + 1))) { n++; continue; }
            break;
        }
        return n - first;
    }

    /// <summary>True when a run contains a word that marks an organisation or place ("White House", "Islamic State").</summary>
    public static bool HasOrgWord(string name) =>
        name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Any(w => L.OrgWords.Contains(w.Trim('.', ',')));

    /// <summary>A name as it should be displayed: single spaces, "al- Moallem" closed up to "al-Moallem".</summary>
    public static string Display(string written) => LooseParticle().Replace(Spaces().Replace(written.Trim(), " "), "$1-");

    /// <summary>The comparable key of a name: lower-case words without titles, particles and the possessive.</summary>
    public static string[] Key(string name) =>
        [.. Display(name).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant().TrimEnd(','))
            .Where(w => w.Length > 0 && w != "'s" && !L.Particles.Contains(w) && !IsTitle(w))];

    /// <summary>
    /// True when <paramref name="partial"/> names the same person as <paramref name="full"/>: its words are a subset and the
    /// surnames agree ("Assad" ~ "Bashar al-Assad", "Mr. Earnest" ~ "Josh Earnest").
    /// </summary>
    public static bool Compatible(string[] partial, string[] full) =>
        partial.Length > 0 && full.Length > 0 && partial[^1] == full[^1] && partial.All(full.Contains);

    /// <summary>A name particle written apart ("al", "bin"): lower-case, yet part of the name.</summary>
    public static bool IsParticle(string word) => L.Particles.Contains(word.ToLowerInvariant());

    public static TextSpan Span(QuoteContext c, int first, int last) => new(c[first].Span.Start, c[last].Span.End);
}
