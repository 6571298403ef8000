using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Dossier.Text;

/// <summary>
/// What WordNet says of a word's senses, in the few bits a tagger can use: the lexicographer class of its commonest
/// verb sense ("argue", "grant", "pledge": communication; "believe", "decide", "estimate": cognition), the classes of
/// all its verb senses, whether a sense takes a reported clause ("Somebody ----s that CLAUSE", "… to INFINITIVE"),
/// and the class of a noun of speech or thought ("claim", "report", "fear"). It lets the quote taggers carry what
/// they learnt from the reporting verbs PolNeAR annotates often to the ones it annotates once.
/// The committed table (Text/Models/senses.tsv.gz, embedded) is what `dossier train senses` writes from WordNet 3.0.
/// </summary>
public sealed class WordSenses
{
    public const string ResourceName = "Dossier.Text.Models.senses.tsv.gz";

    // WordNet's lexicographer file numbers (lexnames)
    public const int NounAct = 4, NounAttribute = 7, NounCognition = 9, NounCommunication = 10, NounEvent = 11,
        NounFeeling = 12, NounMotive = 16, NounState = 26, FirstVerbClass = 29, VerbEmotion = 37;

    public const int ThatClause = 1, ToInfinitive = 2, SomebodyToInfinitive = 4, Whether = 8, ToSomebody = 16;

    /// <summary>One lemma: commonest verb class (0: no verb), all verb classes as bits from 29, frames, noun class (0: none).</summary>
    public readonly record struct Entry(int Verb, int VerbClasses, int Frames, int Noun);

    private readonly FrozenDictionary<string, Entry> _lemmas;
    private readonly FrozenDictionary<string, string> _irregular;

    public WordSenses(IReadOnlyDictionary<string, Entry> lemmas, IReadOnlyDictionary<string, string> irregular, IReadOnlyList<string>? notice = null)
    {
        Notice = notice ?? [];
        _lemmas = lemmas.ToFrozenDictionary(StringComparer.Ordinal);
        _irregular = irregular.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static WordSenses Empty { get; } = new(new Dictionary<string, Entry>(), new Dictionary<string, string>());

    /// <summary>The table committed with the engine (empty if the resource is missing, which only a broken build does).</summary>
    public static WordSenses Embedded { get; } = LoadEmbedded();

    public int Count => _lemmas.Count;

    /// <summary>WordNet's copyright notice and licence, which every copy of the table carries as '#' lines.</summary>
    public IReadOnlyList<string> Notice { get; }

    /// <summary>The frame bit for one of WordNet's 35 generic verb frames (0 for the ones not kept).</summary>
    public static int FrameBit(int frame) => frame switch
    {
        26 or 34 => ThatClause,
        28 or 32 or 35 => ToInfinitive,
        24 or 25 => SomebodyToInfinitive,
        29 => Whether,
        27 => ToSomebody,
        _ => 0,
    };

    /// <summary>
    /// The senses of an inflected word: its verb reading from the verb's base form, its noun reading from the noun's
    /// (WordNet's own detachment rules and exception lists, as its morphy does); default when WordNet does not know it.
    /// Not cached: a few dictionary probes a word (about 0.3 µs), where a cache of forms would grow with every new word
    /// a long run reads.
    /// </summary>
    public Entry Of(string word)
    {
        if (_lemmas.Count == 0 || word.Length < 2) return default;
        return Lookup(word.ToLowerInvariant());
    }

    private Entry Lookup(string w)
    {
        var verb = Find(w, VerbRules, e => e.Verb != 0);
        var noun = Find(w, NounRules, e => e.Noun != 0);
        return new Entry(verb.Verb, verb.VerbClasses, verb.Frames, noun.Noun);
    }

    private static readonly (string Suffix, string Ending)[] VerbRules =
        [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")];

    private static readonly (string Suffix, string Ending)[] NounRules =
        [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")];

    private Entry Find(string w, (string Suffix, string Ending)[] rules, Func<Entry, bool> wanted)
    {
        // an irregular form first: "felt" is "feel" before it is the verb "felt", "found" "find" before "found"
        if (_irregular.TryGetValue(w, out var lemma) && _lemmas.TryGetValue(lemma, out var e) && wanted(e)) return e;
        if (_lemmas.TryGetValue(w, out e) && wanted(e)) return e;
        foreach (var (suffix, ending) in rules)
        {
            if (w.Length <= suffix.Length + 1 || !w.EndsWith(suffix, StringComparison.Ordinal)) continue;
            if (_lemmas.TryGetValue(string.Concat(w.AsSpan(0, w.Length - suffix.Length), ending), out e) && wanted(e)) return e;
        }
        return default;
    }

    /// <summary>Gzipped text in ordinal order, so the same WordNet always gives the same bytes.</summary>
    public void Write(Stream output)
    {
        using var gz = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var line in Notice) w.WriteLine("# " + line);
        foreach (var (lemma, e) in _lemmas.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{lemma}\t{e.Verb}\t{e.VerbClasses}\t{e.Frames}\t{e.Noun}"));
        foreach (var (form, lemma) in _irregular.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            w.WriteLine($"{form}\t={lemma}");
    }

    public static WordSenses Read(Stream input)
    {
        using var r = new StreamReader(new GZipStream(input, CompressionMode.Decompress), Encoding.UTF8);
        var lemmas = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var irregular = new Dictionary<string, string>(StringComparer.Ordinal);
        var notice = new List<string>();
        while (r.ReadLine() is string line)
        {
            if (line.StartsWith('#'))
            {
                notice.Add(line.TrimStart('#', ' '));
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length == 2 && cols[1].StartsWith('=')) irregular[cols[0]] = cols[1][1..];
            else if (cols.Length == 5)
                lemmas[cols[0]] = new Entry(Int(cols[1]), Int(cols[2]), Int(cols[3]), Int(cols[4]));
        }
        return new WordSenses(lemmas, irregular, notice);

        static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static WordSenses LoadEmbedded()
    {
        using var s = typeof(WordSenses).Assembly.GetManifestResourceStream(ResourceName);
        return s is null ? Empty : Read(s);
    }
}
