using AngleSharp.Dom;

namespace Dossier.Extract;

/// <summary>
/// A page's &lt;meta&gt; tags by key (name, property, itemprop or http-equiv, case-insensitive); the first
/// non-empty value of a key wins, as pages that repeat a tag usually put the authoritative one first.
/// </summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public static MetaTags Read(IDocument doc)
    {
        var tags = new MetaTags();
        foreach (var m in doc.QuerySelectorAll("meta"))
        {
            var content = m.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content)) continue;
            foreach (var attr in (ReadOnlySpan<string>)["property", "name", "itemprop", "http-equiv"])
            {
                // itemprop may list several properties ("datePublished dateCreated").
                foreach (var key in (m.GetAttribute(attr) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    tags._values.TryAdd(key, content.Trim());
            }
        }
        return tags;
    }

    public string? Get(string key) => _values.TryGetValue(key, out var v) ? v : null;
}
