using System.Collections.Frozen;

namespace Dossier.Entities;

/// <summary>
/// Cue words the rule-based recogniser and the merger read: name particles, titles, role phrases,
/// keywords that type a name, and capitalised words that are not names. Heuristic vocabulary kept as data
/// in one place so it can be tuned (or dropped when a trained tagger replaces the rules) without touching logic.
/// Place, organisation and nationality names live in <see cref="Gazetteer"/>.
/// </summary>
internal static class EntityVocabulary
{
    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads "canonical|variant,variant" lines into variant → canonical (the canonical form maps to itself).</summary>
    private static FrozenDictionary<string, string> RoleTable(string[] lines) =>
        lines.Select(l => l.Split('|'))
            .SelectMany(p => p[1].Split(',', StringSplitOptions.RemoveEmptyEntries).Append(p[0]).Select(v => (Variant: v, Canonical: p[0])))
            .ToFrozenDictionary(x => x.Variant, x => x.Canonical, StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case name particles that join the capitalised words around them ("Bashar al Assad", "Staffan de Mistura").</summary>
    public static readonly FrozenSet<string> Particles = Set(
        "al", "el", "ul", "au", "bin", "ibn", "bint", "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "ter", "la", "le");

    /// <summary>Lower-case tails that make a hyphenated name a modifier ("Hezbollah-run"); words ending "-ed" count too.</summary>
    public static readonly FrozenSet<string> AttributiveSuffixes = Set(
        "run", "held", "led", "era", "style", "type", "friendly", "wide", "like", "majority", "born", "made", "built",
        "based", "owned", "speaking", "bound", "area", "specific", "centric", "proof", "free");

    /// <summary>Prefixes that are not part of a name even when capitalised ("Anti-Assad", "Pro-Kremlin").</summary>
    public static readonly FrozenSet<string> LowerPrefixes = Set("anti", "pro", "non", "ex", "neo", "post", "pre", "mid", "trans", "pan");

    /// <summary>Words that may link two capitalised stretches inside an organisation or title ("Observatory for Human Rights").</summary>
    public static readonly FrozenSet<string> Connectors = Set("of", "for");

    /// <summary>
    /// Capitalised words that begin sentences but never names; stripped from the front of a sentence-initial run.
    /// Stopwords are checked as well, so this only adds the adverbs and openers they miss.
    /// </summary>
    public static readonly FrozenSet<string> NonNameStarters = Set(
        "however", "meanwhile", "please", "next", "last", "earlier", "later", "amid", "like", "although", "though",
        "despite", "yesterday", "today", "tomorrow", "also", "even", "just", "now", "then", "thus", "instead", "indeed",
        "according", "following", "asked", "speaking", "overall", "several", "many", "every", "another", "such",
        "whoever", "whatever", "unlike", "since", "until", "without", "within", "across", "among", "along", "perhaps",
        "still", "yet", "so", "never", "already", "finally", "first", "second", "third", "here", "there", "this", "that");

    /// <summary>Small words title case capitalises; never part of a name even after one.</summary>
    public static readonly FrozenSet<string> TitleCaseSmallWords = Set(
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "it", "its", "he", "she",
        "they", "we", "you", "his", "her", "their", "our", "your", "that", "this", "these", "those", "not", "no", "if",
        "than", "then", "so", "into", "over", "after", "before", "about", "against", "between", "during", "up", "down", "out");

    /// <summary>Capitalised words that are not a name when they stand alone ("First" in a list, "Second").</summary>
    public static readonly FrozenSet<string> NotNamesAlone = Set(
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "next",
        "new", "old", "north", "south", "east", "west", "northern", "southern", "eastern", "central", "national",
        "international", "state", "government", "president", "minister", "police", "army", "the");

    /// <summary>Capitalised tokens that are never part of a name wherever they occur (months and weekdays come from <see cref="Text.Months"/>).</summary>
    public static readonly FrozenSet<string> NeverNames = Set("I", "AM", "PM", "OK", "GMT", "UTC");

    /// <summary>Courtesy titles and ranks: they make the following name a person, and are not part of it.</summary>
    public static readonly FrozenSet<string> Honorifics = Set(
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Adm.", "Sen.", "Rep.", "Gov.", "Rev.",
        "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "General", "Colonel", "Captain", "Lieutenant", "Sergeant",
        "Admiral", "Marshal", "Brigadier", "Sheikh", "Sheik", "Ayatollah", "Pope", "Imam", "Rabbi", "Cardinal", "Bishop",
        "Senator", "Congressman", "Congresswoman", "Governor", "Mayor", "Judge", "Justice", "Chairman", "Chairwoman",
        "Director", "Commander", "Editor", "Professor", "President-elect", "Major-General", "Lieutenant-General",
        "Brigadier-General", "Lieutenant-Colonel", "Vice-Admiral", "Rear-Admiral");

    /// <summary>
    /// Role phrases (lower case, single spaces) and the canonical role each stands for. The same table serves
    /// titles before names ("Foreign Minister Walid al-Moallem") and roles standing alone ("the Syrian foreign
    /// minister"), so that a title learnt in one article resolves a role in another. Variants map to one key:
    /// "minister of foreign affairs", "top diplomat" and "FM" are all "foreign minister".
    /// </summary>
    public static readonly FrozenDictionary<string, string> Roles = RoleTable(
    [
        "president|", "vice president|vice-president,deputy president", "prime minister|premier,pm",
        "foreign minister|minister of foreign affairs,foreign affairs minister,fm,top diplomat,chief diplomat,foreign secretary",
        "deputy foreign minister|deputy minister of foreign affairs",
        "defence minister|defense minister,minister of defence,minister of defense,defense secretary,defence secretary",
        "interior minister|minister of interior,minister of the interior", "finance minister|minister of finance",
        "information minister|minister of information", "secretary of state|", "secretary|", "press secretary|",
        "secretary-general|secretary general", "minister|", "deputy minister|", "diplomat|", "envoy|special envoy",
        "ambassador|", "king|", "queen|", "emir|", "crown prince|", "prince|", "chancellor|",
        "spokesman|spokeswoman,spokesperson", "army chief|", "chief of staff|", "supreme leader|", "leader|",
        "opposition leader|",
    ]);
    /// <summary>Longest role phrase in words, bounding the look-ahead.</summary>
    public static readonly int MaxRoleWords = Roles.Keys.Max(k => k.Split(' ').Length);

    /// <summary>Modifiers that may stand before a nationality in a role ("the top Syrian diplomat").</summary>
    public static readonly FrozenSet<string> RolePremodifiers = Set("top", "senior", "chief", "former", "new", "acting");

    /// <summary>Determiners that make a role phrase nobody in particular ("a Syrian diplomat said").</summary>
    public static readonly FrozenSet<string> Indefinites = Set("a", "an", "another", "any", "every", "each", "one", "some", "no");

    /// <summary>Lower-case nouns that, right before a capitalised name, say what it names ("spokesman Josh Earnest").</summary>
    public static readonly FrozenSet<string> PersonCues = Set(
        "spokesman", "spokeswoman", "spokesperson", "journalist", "reporter", "correspondent", "envoy", "leader", "chairman",
        "director", "commander", "minister", "president", "analyst", "activist", "lawyer", "professor", "author", "official",
        "diplomat", "photographer", "editor", "colleague", "wife", "husband", "son", "daughter", "brother", "sister", "father",
        "mother", "cleric", "rapper", "singer", "actor", "actress", "coach", "striker", "player", "chief", "head", "founder");

    public static readonly FrozenSet<string> OrganizationCues = Set(
        "company", "group", "agency", "network", "broadcaster", "newspaper", "channel", "outlet", "militia", "movement",
        "party", "firm", "organisation", "organization", "carrier", "airline", "bank", "daily", "magazine", "website", "insurer");

    /// <summary>Nouns that, followed by "of", introduce a place ("the cities of Deir el-Zour and Raqqa").</summary>
    public static readonly FrozenSet<string> LocationCues = Set(
        "city", "cities", "town", "towns", "village", "villages", "province", "provinces", "capital", "region", "district",
        "governorate", "state", "island", "port", "suburb", "neighbourhood", "neighborhood");

    /// <summary>A capitalised run holding one of these names an organisation ("Defence Department", "al-Manar TV").</summary>
    public static readonly FrozenSet<string> OrganizationKeywords = Set(
        "Council", "Ministry", "Department", "Observatory", "Group", "TV", "Television", "Radio", "House", "Army", "Force",
        "Forces", "Agency", "Union", "Party", "Chiefs", "Committee", "Commission", "Organisation", "Organization",
        "University", "Bank", "Company", "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "Institute", "Government",
        "Administration", "Front", "Brigade", "Brigades", "Movement", "Court", "Parliament", "Assembly", "Senate",
        "Congress", "Navy", "Guard", "Guards", "Police", "Office", "Service", "Services", "Association", "Federation",
        "League", "Coalition", "Authority", "Watch", "Foundation", "Fund", "Times", "Post", "News", "Press", "Network",
        "Airlines", "Airways", "Corporation", "Bureau", "Cabinet", "Regime", "Club", "Center", "Centre", "Alliance",
        "Treasury", "Exchange", "Reserve", "Newsroom", "Holdings", "Trust", "Society", "Institution");

    /// <summary>A capitalised run ending in one of these names a place ("Pituffik Space Base", "Putra Heights").</summary>
    public static readonly FrozenSet<string> LocationKeywords = Set(
        "Base", "Airport", "Heights", "Province", "Island", "Islands", "River", "Sea", "Ocean", "Mountains", "Mountain",
        "Valley", "Square", "Street", "Strait", "Desert", "Region", "Peninsula", "Bay", "Lake", "Coast", "Airbase", "Camp",
        "Crossing", "District", "County", "Governorate", "Plain", "Plains", "Hills", "Palace", "Bridge", "Port", "Republic",
        "Kingdom", "Emirate", "Gulf", "Canal", "Road", "Avenue", "Stadium", "Arena", "City");

    /// <summary>A capitalised run ending in one of these names an event or other miscellaneous entity ("Syrian Civil War").</summary>
    public static readonly FrozenSet<string> MiscKeywords = Set(
        "War", "Revolution", "Cup", "Prize", "Award", "Games", "Olympics", "Summit", "Conference", "Agreement", "Accord",
        "Accords", "Treaty", "Spring", "Festival", "Act", "Convention", "Protocol", "Declaration");

    /// <summary>Reporting verbs: an unknown single name right before one is most likely a person ("Mekdad noted").</summary>
    public static readonly FrozenSet<string> SpeechVerbs = Set(
        "said", "says", "told", "noted", "added", "wrote", "claimed", "stressed", "insisted", "argued", "explained",
        "warned", "replied", "tweeted", "announced", "recalled", "acknowledged", "admitted", "urged", "asserted");
}
