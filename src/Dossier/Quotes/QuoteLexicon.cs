using System.Collections.Frozen;

namespace Dossier.Quotes;

/// <summary>
/// Every word list the quote stage relies on, kept in one place so the heuristics can be read and tuned as data.
/// All sets are lower-case and compared case-insensitively.
/// </summary>
internal static class QuoteLexicon
{
    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Verbs of speech and attitude that PolNeAR's train split annotates as cues at least half the times they occur
    /// (counted over the training articles); their content is what follows, clause or object ("criticized the plan").
    /// </summary>
    public static readonly FrozenSet<string> AttitudeVerbs = Set(
        "asked", "called", "described", "endorsed", "showed", "declined", "shows", "seemed", "accused", "criticized", "calls", "responded", "explained", "acknowledged", "agreed", "expressed", "seems", "offered", "urged", "sought", "claimed", "appears", "warned", "refused", "cited", "revealed", "stated", "defended", "concluded", "praised", "vowed", "promised", "recalled", "hopes", "tells", "questioned", "insisted", "rejected", "mention", "attacked", "argue", "posted", "talked", "suggest", "replied", "denied", "mentioned", "writes", "indicated", "notes", "blasted", "suggests", "denounced", "confirmed", "dismissed", "predicted", "admitted", "blamed", "ordered", "assured", "complained", "insist", "reiterated", "echoed", "mocked", "condemned", "asserted", "joked", "conceded", "voiced", "stressed", "reminded", "argues", "touted", "emphasized", "railed", "decried", "boasted", "pleaded", "accuses", "vows", "remarked", "slams", "lamented", "signaled", "shouted", "cautioned", "referenced", "chanted", "assailed", "retweeted", "insists", "cites", "warn", "admits", "wondered",
        // thoughts and wishes, annotated a third of the times they occur: kept, as PolNeAR counts them as attributions
        "think", "thinks", "believe", "believes", "fear", "fears", "expect", "expects", "worry", "doubt", "agree", "want", "wants", "wanted",
        // annotated a quarter to a third of the times: findings of polls and studies ("a poll found"), positions taken
        "show", "shows", "showed", "found", "finds", "supported", "supports", "support", "proposed", "opposed", "oppose",
        "call", "claim", "considered", "respond", "endorse", "backed", "favor", "offer", "seem", "note", "shared", "remember",
        "promise", "blame", "favored", "pressed", "describe", "viewed", "sees", "learned", "charged", "issued", "discussed",
        "promises", "plans", "hope", "hoped");

    /// <summary>Finite reporting verbs that introduce speech ("said", "told", "noted").</summary>
    public static readonly FrozenSet<string> ReportingVerbs = Set([
        "said", "says", "say", "told", "tells", "tell", "noted", "notes", "added", "adds", "stressed", "stresses",
        "warned", "warns", "claimed", "claims", "insisted", "insists", "confirmed", "confirms", "explained", "explains",
        "argued", "argues", "asserted", "asserts", "announced", "announces", "declared", "declares", "acknowledged",
        "acknowledges", "admitted", "admits", "denied", "denies", "emphasised", "emphasized", "emphasises", "emphasizes",
        "reiterated", "reiterates", "remarked", "commented", "replied", "responded", "suggested", "suggests", "urged",
        "wrote", "writes", "reported", "observed", "indicated", "indicates", "maintained", "maintains", "contended",
        "predicted", "cautioned", "conceded", "recalled", "revealed", "stated", "testified", "tweeted", "alleged",
        "alleges", "vowed", "pledged", "concluded", "answered", "continued", "complained", "boasted", "quipped", .. AttitudeVerbs]);

    /// <summary>Reporting verbs that take a clause without "that" ("Assad said the government …"); the rest need "that".</summary>
    public static readonly FrozenSet<string> BareClauseVerbs = Set([
        "said", "says", "say", "told", "tells", "tell", "added", "adds", "wrote", "writes", "insisted", "insists", "argued",
        "argues", "warned", "warns", "suggested", "suggests", "indicated", "indicates", "stressed", "stresses", "noted",
        "notes", "explained", "explains", "asserted", "asserts", "predicted", "contended",
        "acknowledged", "conceded", "cautioned", "made", .. AttitudeVerbs]);

    /// <summary>Participles that continue an attribution ("…, saying …"); their speaker is the clause's subject.</summary>
    public static readonly FrozenSet<string> Participles = Set(
        "saying", "adding", "noting", "stressing", "warning", "claiming", "insisting", "arguing", "explaining",
        "asserting", "declaring", "telling", "acknowledging", "suggesting", "urging", "emphasising", "emphasizing",
        "reiterating", "stating", "writing",
        "calling", "citing", "referring", "describing", "asking", "accusing", "criticizing", "praising", "promising", "recalling", "denouncing", "announcing", "defending", "dismissing", "vowing", "pledging", "blasting", "thanking", "alleging", "mentioning", "tweeting", "questioning",
        "supporting", "seeking", "showing", "backing", "pushing", "offering", "talking", "hoping", "proposing", "predicting",
        "highlighting", "touting");

    /// <summary>Verbs whose object is the hearer ("told reporters"), so the cue spans the object too.</summary>
    public static readonly FrozenSet<string> TellVerbs = Set("told", "tells", "tell", "telling");

    /// <summary>Two-word cues: first word → second word.</summary>
    public static readonly FrozenDictionary<string, string> TwoWordCues = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["according"] = "to",
        ["pointed"] = "out",
        ["made"] = "clear",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Pronouns that can be a speaker; only "he" and "she" are resolved to a person.</summary>
    public static readonly FrozenSet<string> Pronouns = Set("he", "she", "they", "we", "i");

    public static readonly FrozenSet<string> ResolvablePronouns = Set("he", "she");

    public static readonly FrozenSet<string> Determiners = Set("the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those", "my", "your");

    /// <summary>Words that may sit between a speaker and the cue ("Russia has also said", "Dempsey last week said").</summary>
    public static readonly FrozenSet<string> PreCueSkip = Set(
        "also", "has", "have", "had", "would", "will", "could", "later", "earlier", "again", "repeatedly", "previously",
        "then", "now", "recently", "reportedly", "further", "yesterday", "today", "tonight", "once", "already", "just",
        "separately", "publicly", "privately", "similarly", "meanwhile", "quickly", "immediately", "simply", "clearly",
        "bluntly", "flatly", "openly", "directly", "only", "first", "still", "however", "himself", "herself", "themselves",
        "on", "last", "this", "week", "month", "year", "night", "weekend", "morning", "evening", "afternoon");

    /// <summary>Words that open a time or place adjunct right after a cue ("said on Monday that", "said in remarks published …").</summary>
    public static readonly FrozenSet<string> AdjunctStarters = Set(
        "on", "in", "at", "during", "after", "before", "last", "this", "earlier", "late", "later", "yesterday", "today",
        "via", "through", "from", "to", "of", "while", "again", "also", "publicly", "privately", "repeatedly", "separately", "recently");

    /// <summary>Nouns that end a time adjunct ("last week", "this morning").</summary>
    public static readonly FrozenSet<string> TimeNouns = Set("week", "month", "year", "night", "weekend", "morning", "evening", "afternoon");

    /// <summary>Words ending in "-ly" that are not adverbs, so they are never skipped as one.</summary>
    public static readonly FrozenSet<string> NotAdverbs = Set("family", "ally", "rally", "supply", "reply", "assembly", "daily", "italy", "july", "bully", "only");

    /// <summary>Words that continue a hearer after "told" ("told a news conference").</summary>
    public static readonly FrozenSet<string> HearerWords = Set("news", "press", "conference", "briefing", "reporters", "journalists");

    /// <summary>Words that cannot start a hearer: "tells so many lies", "told how …".</summary>
    public static readonly FrozenSet<string> NotHearers = Set("so", "how", "what", "why", "when", "where", "whether");

    /// <summary>Auxiliaries, relatives and prepositions (beyond the stopword list) that never belong to a speaker phrase.</summary>
    public static readonly FrozenSet<string> FunctionWords = Set(
        "is", "are", "was", "were", "be", "been", "should", "may", "might", "must", "can", "did", "does", "do", "who", "which",
        "whom", "whose", "than", "about", "over", "under", "against", "between", "among", "without", "within", "after",
        "before", "during", "up", "out", "off", "so");

    /// <summary>Auxiliaries a sentence's subject may be followed by ("Donald Trump is telling …").</summary>
    public static readonly FrozenSet<string> Auxiliaries = Set("is", "was", "are", "were");

    /// <summary>Prepositions allowed inside a speaker phrase after a role noun ("minister of foreign affairs", "outlets in Haiti").</summary>
    public static readonly FrozenSet<string> InnerPrepositions = Set("of", "in", "for", "from", "at");

    /// <summary>Person titles and offices: stripped from names, and matched when a role ("the minister") is resolved.</summary>
    public static readonly FrozenSet<string> PersonTitles = Set(
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "gen", "gen.", "lt", "lt.", "col", "col.",
        "sen", "sen.", "rep", "rep.", "gov", "gov.", "president", "minister", "spokesman", "spokeswoman", "spokesperson",
        "secretary", "chairman", "chairwoman", "chief", "head", "envoy", "ambassador", "general", "leader", "prime",
        "deputy", "foreign", "vice", "senator", "governor", "mayor", "king", "queen", "prince", "commander", "director",
        "adviser", "advisor", "official", "diplomat", "sheikh", "emir", "defence", "defense", "interior", "incoming",
        "former", "acting", "top", "senior", "colonel", "captain", "sergeant", "judge", "justice", "pope", "chancellor",
        "premier", "attorney", "representative", "congressman", "congresswoman", "lawmaker", "journalist", "analyst",
        "researcher", "professor", "doctor", "officer", "policeman", "premier", "president-elect", "counterpart");

    /// <summary>Titles that tell a person's gender, so "she" is not resolved to "Mr. Earnest".</summary>
    public static readonly FrozenSet<string> MaleTitles = Set(
        "mr", "mr.", "king", "prince", "spokesman", "chairman", "congressman", "policeman", "sheikh", "emir", "pope", "sir", "lord");

    public static readonly FrozenSet<string> FemaleTitles = Set(
        "mrs", "mrs.", "ms", "ms.", "queen", "princess", "spokeswoman", "chairwoman", "congresswoman", "policewoman", "dame", "lady");

    /// <summary>A role word and the titles it may stand for ("the Syrian leader" → President Bashar al-Assad).</summary>
    public static readonly FrozenDictionary<string, string[]> RoleSynonyms = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["leader"] = ["president", "prime", "premier", "king", "chancellor", "emir", "chairman"],
        ["diplomat"] = ["minister", "envoy", "ambassador", "foreign"],
        ["envoy"] = ["ambassador"],
        ["premier"] = ["prime"],
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Non-person heads a speaker phrase may have ("the statement said", "Russian officials said").</summary>
    public static readonly FrozenSet<string> SourceNouns = Set(
        "government", "ministry", "office", "statement", "report", "agency", "group", "observatory", "council", "committee",
        "department", "army", "military", "police", "media", "sources", "source", "officials", "diplomats", "witnesses",
        "witness", "activists", "activist", "analysts", "experts", "expert", "residents", "resident", "authorities",
        "monitor", "watchdog", "organisation", "organization", "mission", "network", "website", "newspaper", "outlets",
        "outlet", "channel", "tv", "television", "coalition", "alliance", "company", "spokesmen", "embassy", "court",
        "union", "administration", "campaign", "opposition", "rebels", "militants", "forces", "commission", "party",
        "board", "study", "survey", "people", "leaders", "ministers", "presidents", "aides", "aide", "spokespeople",
        "insiders", "observers", "critics", "supporters", "officers", "scientists", "researchers", "doctors", "lawyers",
        "lawyer", "prosecutors", "prosecutor", "investigators", "negotiators", "envoys", "regime", "cabinet", "house",
        "palace", "kremlin", "pentagon", "service", "services", "bureau", "institute", "center", "centre", "unit");

    /// <summary>Nationality words stripped with a title ("Syrian President Bashar al-Assad").</summary>
    public static readonly FrozenSet<string> Demonyms = Set(
        "syrian", "russian", "iranian", "iraqi", "saudi", "turkish", "american", "british", "french", "german", "chinese",
        "japanese", "israeli", "lebanese", "egyptian", "jordanian", "kenyan", "haitian", "danish", "omani", "qatari",
        "emirati", "kurdish", "palestinian", "ukrainian", "italian", "spanish", "indian", "pakistani", "afghan", "u.s.",
        "us", "uk", "u.k.", "un", "u.n.", "eu", "nato", "european", "western", "arab", "malaysian", "kazakh");

    /// <summary>Lower-case name particles ("Bashar al-Assad", "Staffan de Mistura"); ignored when names are compared.</summary>
    public static readonly FrozenSet<string> Particles = Set(
        "al", "el", "bin", "ibn", "abu", "de", "da", "di", "du", "van", "von", "der", "den", "le", "del", "dos", "ben");

    /// <summary>Words that make a capitalised run an organisation or place rather than a person.</summary>
    public static readonly FrozenSet<string> OrgWords = Set(
        "house", "state", "states", "council", "department", "ministry", "observatory", "government", "agency", "army",
        "forces", "force", "group", "union", "nations", "party", "office", "committee", "bank", "tv", "news", "post",
        "times", "reuters", "press", "rights", "coalition", "front", "brigade", "brigades", "islamic", "kingdom",
        "republic", "arabia", "emirates", "base", "airport", "university", "institute", "center", "centre", "foundation",
        "company", "corp", "inc", "ltd", "association", "organisation", "organization", "commission", "court", "assembly",
        "parliament", "congress", "senate", "pentagon", "kremlin", "twitter", "facebook", "media", "network", "agency",
        "bbc", "cnn", "sana", "dpa", "afp", "ap", "xinhua", "world", "joint", "chiefs", "staff");

    /// <summary>Capitalised words that start sentences or clauses but never names.</summary>
    public static readonly FrozenSet<string> NonNameCapitals = Set(
        "meanwhile", "however", "earlier", "later", "last", "asked", "amid", "following", "contrary", "once", "previous",
        "past", "most", "many", "some", "both", "after", "before", "while", "when", "although", "though", "since",
        "during", "despite", "according", "also", "still", "yet", "now", "today", "yesterday", "but", "and", "so", "as",
        "at", "in", "on", "the", "a", "an", "he", "she", "it", "they", "we", "his", "her", "their", "its", "our",
        "this", "that", "these", "those", "there", "here", "what", "who", "why", "how", "where", "if", "for", "from",
        "with", "by", "to", "of", "instead", "overall", "indeed", "first", "finally", "separately", "elsewhere", "even",
        "all", "no", "not", "or", "whoever", "whatever", "you", "my", "your", "such", "like", "just", "only", "any");

    /// <summary>Below this many words, a quotation inside reported speech is a scare quote, not a standalone direct quote.</summary>
    public const int MinEmbeddedWords = 5;

    /// <summary>Longest apposition skipped between a speaker and its cue ("Rami Abdel Rahman, head of …, told dpa").</summary>
    public const int MaxAppositionTokens = 24;
}
