using System.Collections.Frozen;

namespace Dossier.Text;

/// <summary>
/// Abbreviations whose period does not end a sentence. Heuristic vocabulary kept as data in one place:
/// the sentence splitter and the tokenizer both read it.
/// </summary>
public static class Abbreviations
{
    /// <summary>Titles and other abbreviations that are always followed by more of the same sentence.</summary>
    public static readonly FrozenSet<string> NonTerminal = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "cpl", "pvt",
        "sen", "rep", "gov", "pres", "supt", "rev", "fr", "hon", "amb", "st", "mt", "ft", "no", "nos", "vol",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "vs", "v", "cf", "approx", "est", "dept", "univ", "assn", "bros", "gens", "sens", "reps",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviations that may end a sentence when a sentence-like word follows ("... Inc. The company ...").</summary>
    public static readonly FrozenSet<string> MayEnd = new[]
    {
        "inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr", "etc", "al", "bros",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Capitalised words that typically start a sentence; after an acronym such as "U.S." they signal a boundary
    /// ("... in the U.S. The talks ..."), while other capitalised words do not ("U.S. President ...").
    /// </summary>
    public static readonly FrozenSet<string> SentenceStarters = new[]
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "in", "on", "at", "but", "and", "this", "that",
        "these", "those", "there", "his", "her", "its", "their", "our", "if", "when", "while", "after", "before",
        "as", "for", "however", "meanwhile", "some", "many", "most", "one", "two", "no", "so", "yet", "still",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
