using System.Collections.Immutable;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Compare;

/// <summary>
/// Word 3-grams of an article (lower-cased words and numbers, stopword-only grams left out). Two write-ups of one
/// happening share wording (the same quotes, the same wire sentences) far more than two happenings with the same actors
/// do: on ECB+ the median 3-gram overlap is 0.046 for articles on one event and 0.007 for two events of one topic;
/// on the seeds the two write-ups of Assad's interview share 0.30, Assad's interview and the foreign minister's
/// remarks a month earlier 0.03.
/// Each 3-gram is kept as a stable 64-bit FNV-1a hash (string.GetHashCode differs between runs; ids must not).
/// </summary>
internal static class Shingles
{
    public const int Size = 3;

    public static ImmutableArray<ulong> Of(IEnumerable<Token> tokens)
    {
        var words = tokens.Where(t => t.IsWord || t.Kind == TokenKind.Number).ToList();
        var set = new HashSet<ulong>();
        for (var i = 0; i + Size <= words.Count; i++)
        {
            var gram = words.GetRange(i, Size);
            if (gram.All(t => Stopwords.Contains(t.Text))) continue;
            set.Add(Hash(string.Join(' ', gram.Select(t => t.Text.ToLowerInvariant()))));
        }
        return [.. set.Order()];
    }

    private static ulong Hash(string s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s)
        {
            h = (h ^ c) * 1099511628211UL;
        }
        return h;
    }

    /// <summary>Share of the article's shingles found in <paramref name="seen"/> (an event's shingles): containment, not Jaccard, so a short rewrite of a long report still scores high.</summary>
    public static double Containment(ImmutableArray<ulong> article, IReadOnlySet<ulong> seen)
    {
        if (article.IsDefaultOrEmpty || seen.Count == 0) return 0;
        return (double)article.Count(seen.Contains) / Math.Min(article.Length, seen.Count);
    }
}
