using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Dossier.Eval.Rouge;

/// <summary>
/// The stemmer behind ROUGE-1.5.5's -m: first its WordNet exception list ("went" → "go"), then the Porter
/// stemmer in the Perl form ROUGE ships, which differs from Porter's published algorithm (and from Lucene's
/// Snowball Porter in Dossier.Text) in step 4: ROUGE's author changed it in 2004 so that a word ending in
/// "-ement" that keeps "-ement" is then still tried against "-ment" and "-ent" one after the other. Conditions are
/// kept as the regular expressions ROUGE's stemmer tests (m > 0, m = 1, m > 1, *v*, *o) because the word must be
/// stemmed exactly as there, including "y" at the start being a consonant.
/// </summary>
internal static class RougePorterStemmer
{
    private const string Consonant = "[^aeiou]";
    private const string Vowel = "[aeiouy]";
    private const string ConsonantRun = Consonant + "[^aeiouy]*";
    private const string VowelRun = Vowel + "[aeiou]*";

    private static readonly Regex MeasureAbove0 = Make($"^({ConsonantRun})?{VowelRun}{ConsonantRun}");
    private static readonly Regex MeasureIs1 = Make($"^({ConsonantRun})?{VowelRun}{ConsonantRun}({VowelRun})?$");
    private static readonly Regex MeasureAbove1 = Make($"^({ConsonantRun})?{VowelRun}{ConsonantRun}{VowelRun}{ConsonantRun}");
    private static readonly Regex HasVowel = Make($"^({ConsonantRun})?{Vowel}");
    private static readonly Regex ConsonantVowelConsonant = Make($"^{ConsonantRun}{Vowel}[^aeiouwxy]$");

    private static readonly Regex Step1aPlural = Make("(ss|i)es$");
    private static readonly Regex Step1aS = Make("([^s])s$");
    private static readonly Regex Step1bEed = Make("eed$");
    private static readonly Regex Step1bEdIng = Make("(ed|ing)$");
    private static readonly Regex Step1bRestoreE = Make("(at|bl|iz)$");
    private static readonly Regex Step1bDouble = Make(@"([^aeiouylsz])\1$");
    private static readonly Regex Step1cY = Make("y$");
    private static readonly Regex Step2Suffix = Make("(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
    private static readonly Regex Step3Suffix = Make("(icate|ative|alize|iciti|ical|ful|ness)$");
    private static readonly Regex Step4Suffix = Make("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$");
    private static readonly Regex Step4Ment = Make("ment$");
    private static readonly Regex Step4Ent = Make("ent$");
    private static readonly Regex Step4Ion = Make("(s|t)(ion)$");
    private static readonly Regex Step5E = Make("e$");
    private static readonly Regex Step5Ll = Make("ll$");

    private static readonly Dictionary<string, string> Step2Map = new(StringComparer.Ordinal)
    {
        ["ational"] = "ate", ["tional"] = "tion", ["enci"] = "ence", ["anci"] = "ance", ["izer"] = "ize", ["bli"] = "ble",
        ["alli"] = "al", ["entli"] = "ent", ["eli"] = "e", ["ousli"] = "ous", ["ization"] = "ize", ["ation"] = "ate",
        ["ator"] = "ate", ["alism"] = "al", ["iveness"] = "ive", ["fulness"] = "ful", ["ousness"] = "ous", ["aliti"] = "al",
        ["iviti"] = "ive", ["biliti"] = "ble", ["logi"] = "log",
    };

    private static readonly Dictionary<string, string> Step3Map = new(StringComparer.Ordinal)
    {
        ["icate"] = "ic", ["ative"] = "", ["alize"] = "al", ["iciti"] = "ic", ["ical"] = "ic", ["ful"] = "", ["ness"] = "",
    };

    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>ROUGE's MorphStem: the exception list's base form when the word is in it, else the Porter stem.</summary>
    public static string MorphStem(string token) =>
        Cache.GetOrAdd(token, t => WordNetExceptions.All.TryGetValue(t, out var b) ? b : Stem(t));

    /// <summary>ROUGE's Porter stem of a lower-case word.</summary>
    public static string Stem(string word)
    {
        if (word.Length < 3) return word;
        var w = word;
        // "y" at the start is a consonant: upper-case it so no vowel pattern matches it, and restore it at the end.
        var initialY = w[0] == 'y';
        if (initialY) w = "Y" + w[1..];

        Match m;
        if ((m = Step1aPlural.Match(w)).Success) w = w[..m.Index] + m.Groups[1].Value;
        else if ((m = Step1aS.Match(w)).Success) w = w[..m.Index] + m.Groups[1].Value;

        if ((m = Step1bEed.Match(w)).Success)
        {
            if (MeasureAbove0.IsMatch(w[..m.Index])) w = w[..^1];
        }
        else if ((m = Step1bEdIng.Match(w)).Success)
        {
            var stem = w[..m.Index];
            if (HasVowel.IsMatch(stem))
            {
                w = stem;
                if (Step1bRestoreE.IsMatch(w)) w += "e";
                else if (Step1bDouble.IsMatch(w)) w = w[..^1];
                else if (ConsonantVowelConsonant.IsMatch(w)) w += "e";
            }
        }

        if ((m = Step1cY.Match(w)).Success && HasVowel.IsMatch(w[..m.Index])) w = w[..m.Index] + "i";

        if ((m = Step2Suffix.Match(w)).Success && MeasureAbove0.IsMatch(w[..m.Index]))
            w = w[..m.Index] + Step2Map[m.Groups[1].Value];

        if ((m = Step3Suffix.Match(w)).Success && MeasureAbove0.IsMatch(w[..m.Index]))
            w = w[..m.Index] + Step3Map[m.Groups[1].Value];

        // Step 4 as ROUGE changed it: three independent tries, then (s|t)ion only when "ent" did not match.
        if ((m = Step4Suffix.Match(w)).Success && MeasureAbove1.IsMatch(w[..m.Index])) w = w[..m.Index];
        if ((m = Step4Ment.Match(w)).Success && MeasureAbove1.IsMatch(w[..m.Index])) w = w[..m.Index];
        if ((m = Step4Ent.Match(w)).Success)
        {
            if (MeasureAbove1.IsMatch(w[..m.Index])) w = w[..m.Index];
        }
        else if ((m = Step4Ion.Match(w)).Success)
        {
            var stem = w[..m.Index] + m.Groups[1].Value;
            if (MeasureAbove1.IsMatch(stem)) w = stem;
        }

        if ((m = Step5E.Match(w)).Success)
        {
            var stem = w[..m.Index];
            if (MeasureAbove1.IsMatch(stem) || (MeasureIs1.IsMatch(stem) && !ConsonantVowelConsonant.IsMatch(stem))) w = stem;
        }
        if (Step5Ll.IsMatch(w) && MeasureAbove1.IsMatch(w)) w = w[..^1];

        if (initialY) w = "y" + w[1..];
        return w;
    }

    private static Regex Make(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
