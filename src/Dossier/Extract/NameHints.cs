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

    private static readonly ConcurrentDictionary<string, bool> NegativeCache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, bool> PositiveCache = new(StringComparer.Ordinal);

    public static bool IsNegative(string name) => Test(NegativeCache, ExtractionPatterns.Negative(), name);

    public static bool IsPositive(string name) => Test(PositiveCache, ExtractionPatterns.Positive(), name);

    private static bool Test(ConcurrentDictionary<string, bool> cache, Regex pattern, string name)
    {
        if (cache.TryGetValue(name, out var hit)) return hit;
        var result = pattern.IsMatch(name);
        if (cache.Count < MaxEntries) cache.TryAdd(name, result);
        return result;
    }
}
