using System.Collections.Concurrent;
using Dossier.Model;

namespace Dossier.Entities.Tagger;

/// <summary>
/// What the project's <see cref="Gazetteer"/> says about each token: the type of a listed name that covers it
/// (one to four words), and whether it begins that name. A feature for the tagger, not a decision: CoNLL's
/// "German" is MISC and "Germany" LOC, and the weights learn how far to trust the list.
/// </summary>
internal static class GazetteerFlags
{
    private const int MaxWords = 4;

    // Lookup folds and joins strings; tagging sees the same words again and again, so answers are remembered.
    private static readonly ConcurrentDictionary<string, sbyte> Cache = new(StringComparer.Ordinal);

    /// <summary>Per token: 0 for none, else 1 + type * 2 (+1 when inside rather than at the start of the name).</summary>
    public static byte[] Of(string[] words)
    {
        var flags = new byte[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            if (flags[i] != 0 || !WordShape.IsCapitalized(words[i])) continue;
            for (var len = Math.Min(MaxWords, words.Length - i); len >= 1; len--)
            {
                if (!WordShape.IsCapitalized(words[i + len - 1])) continue;
                var type = TypeOf(len == 1 ? words[i] : string.Join(' ', words, i, len));
                if (type < 0) continue;
                for (var k = 0; k < len; k++) flags[i + k] = (byte)(1 + type * 2 + (k == 0 ? 0 : 1));
                break;
            }
        }
        return flags;
    }

    private static sbyte TypeOf(string phrase)
    {
        if (Cache.TryGetValue(phrase, out var t)) return t;
        t = Gazetteer.Lookup(phrase) is { } e ? (sbyte)(e.Type switch
        {
            EntityType.Person => 0,
            EntityType.Organization => 1,
            EntityType.Location => 2,
            _ => 3,
        }) : (sbyte)-1;
        if (Cache.Count > 200_000) Cache.Clear();
        Cache[phrase] = t;
        return t;
    }
}
