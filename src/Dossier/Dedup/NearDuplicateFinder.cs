using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Dedup;

/// <summary>
/// The dedup stage over a collection held in memory (what <c>analyze</c> has): each article, in order, against the
/// articles before it. Every similarity is exact, since all texts are at hand.
/// </summary>
public static class NearDuplicateFinder
{
    public static ImmutableArray<NearDuplicate> Find(IEnumerable<Article> articles, DedupOptions? options = null)
    {
        var index = new DuplicateIndex(options);
        var texts = new List<string>();
        var ids = new List<string>();
        var found = ImmutableArray.CreateBuilder<NearDuplicate>();
        foreach (var a in articles)
        {
            var print = index.Fingerprint(a.Text);
            foreach (var m in index.Find(print, o => texts[o]))
                if (ids[m.Ordinal] != a.Id) found.Add(new NearDuplicate(a.Id, ids[m.Ordinal], Math.Round(m.Similarity, 3), m.Exact));
            if (index.Add(print) < 0) continue;
            texts.Add(a.Text);
            ids.Add(a.Id);
        }
        return found.ToImmutable();
    }
}
