using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Dossier.Extract;

/// <summary>
/// Memoised class/id pattern tests. A page repeats a few hundred class names over thousands of
/// elements, and the boilerplate pattern is a long alternation, so matching every occurrence was the
/// costliest part of cleaning. Shared across pages and threads; capped so that a stream of pages with
/// generated names ("css-1x9k3a") cannot grow it without bound.
/// </summary>
internal static class NameHints
{
    private const int MaxEntries = 100_000;

    private static readonly ConcurrentDictionary<Regex, ConcurrentDictionary<string, bool>> Caches = new();

    public static bool IsNegative(string name) => Matches(ExtractionPatterns.Negative(), name);

    public static bool IsPositive(string name) => Matches(ExtractionPatterns.Positive(), name);

    private static readonly ConcurrentDictionary<string, bool> NegativeClassCache = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether any token of a class attribute is a boilerplate word, memoised by the whole attribute:
    /// one lookup per element instead of a token list and a match per token.
    /// </summary>
    public static bool AnyClassNegative(string className)
    {
        if (NegativeClassCache.TryGetValue(className, out var hit)) return hit;
        var result = className.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Any(IsNegative);
        if (NegativeClassCache.Count < MaxEntries) NegativeClassCache.TryAdd(className, result);
        return result;
    }

    /// <summary>Whether a class or id value matches one of the (generated, hence singleton) name patterns.</summary>
    public static bool Matches(Regex pattern, string name)
    {
        var cache = Caches.GetOrAdd(pattern, _ => new ConcurrentDictionary<string, bool>(StringComparer.Ordinal));
        if (cache.TryGetValue(name, out var hit)) return hit;
        var result = pattern.IsMatch(name);
        if (cache.Count < MaxEntries) cache.TryAdd(name, result);
        return result;
    }
}
