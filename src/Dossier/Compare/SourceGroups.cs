using System.Collections.Immutable;
using Dossier.Entities;
using Dossier.Model;
using Dossier.Output;

namespace Dossier.Compare;

/// <summary>
/// Who a story's articles come from, and which are copies. <see cref="Outlet"/> numbers the outlets (an article of
/// unknown outlet is its own); <see cref="Copy"/> numbers the copy clusters: two articles are copies (the same wire
/// story on two sites) when at least <see cref="CopyContainment"/> of the shorter one's word 3-grams are in the other.
/// A copy is not independent confirmation, so statements count once per outlet and once per copy cluster
/// (<see cref="Independent"/>).
/// </summary>
internal sealed record SourceGroups(ImmutableArray<int> Outlet, ImmutableArray<int> Copy)
{
    public const double CopyContainment = 0.5;

    /// <summary>3-grams in more than this many articles (stock phrases) are not followed when looking for copies: a copy shares plenty of rarer ones.</summary>
    public const int CommonGram = 100;

    public static SourceGroups Of(IReadOnlyList<AnnotatedArticle> articles)
    {
        var byOutlet = new Dictionary<string, int>(StringComparer.Ordinal);
        var outlet = articles.Select((a, i) => a.Article.Source is string s ? (byOutlet.TryGetValue(s, out var g) ? g : byOutlet[s] = byOutlet.Count) : -1 - i).ToArray();
        var numbers = new Dictionary<int, int>();
        var outlets = outlet.Select(o => numbers.TryGetValue(o, out var n) ? n : numbers[o] = numbers.Count).ToImmutableArray();
        var copy = Components(articles.Count, Copies(articles));
        return new SourceGroups(outlets, copy);
    }

    /// <summary>How many independent sources the given articles (indices) are: articles of one outlet, or copies of one another, count once.</summary>
    public int Independent(IEnumerable<int> articles)
    {
        var list = articles.Distinct().ToList();
        var pairs = new List<(int, int)>();
        for (var i = 0; i < list.Count; i++)
            for (var j = i + 1; j < list.Count; j++)
                if (Outlet[list[i]] == Outlet[list[j]] || Copy[list[i]] == Copy[list[j]]) pairs.Add((i, j));
        return Components(list.Count, pairs).Distinct().Count();
    }

    /// <summary>
    /// Independent outlets in the story: an outlet whose every article is a copy of another outlet's article only
    /// republishes that outlet, so the two count as one; outlets that share a wire story but also report on their own
    /// stay apart.
    /// </summary>
    public int IndependentOutlets()
    {
        var outletsOf = Copy.Select((c, i) => (c, i)).GroupBy(x => x.c).ToDictionary(g => g.Key, g => g.Select(x => Outlet[x.i]).Distinct().ToList());
        var edges = new List<(int, int)>();
        foreach (var o in Outlet.Distinct())
        {
            var mine = Enumerable.Range(0, Outlet.Length).Where(i => Outlet[i] == o).ToList();
            if (mine.All(i => outletsOf[Copy[i]].Count > 1))
                edges.Add((o, outletsOf[Copy[mine[0]]].First(x => x != o)));
        }
        return Components(Outlet.Max() + 1, edges).Distinct().Count();
    }

    /// <summary>A group's name: its outlets, joined.</summary>
    public static string Name(IEnumerable<Article> members) => string.Join(", ", members.Select(Outlets.Name).Distinct());

    private static ImmutableArray<int> Components(int n, IEnumerable<(int, int)> edges)
    {
        var sets = new UnionFind(n);
        foreach (var (a, b) in edges) sets.Union(a, b);
        var numbers = new Dictionary<int, int>();
        return [.. Enumerable.Range(0, n).Select(i => numbers.TryGetValue(sets.Find(i), out var k) ? k : numbers[sets.Find(i)] = numbers.Count)];
    }

    /// <summary>Pairs of near-copies, found through an index from 3-gram to articles, so only articles sharing wording are compared.</summary>
    private static IEnumerable<(int, int)> Copies(IReadOnlyList<AnnotatedArticle> articles)
    {
        var postings = new Dictionary<ulong, List<int>>();
        var sizes = new List<int>(articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            var mine = Shingles.Of(articles[i].Tokens);
            var shared = new Dictionary<int, int>();
            foreach (var g in mine)
            {
                if (!postings.TryGetValue(g, out var list)) postings[g] = list = [];
                if (list.Count <= CommonGram)
                    foreach (var j in list) shared[j] = shared.GetValueOrDefault(j) + 1;
                list.Add(i);
            }
            foreach (var (j, n) in shared)
                if (n >= CopyContainment * Math.Min(mine.Length, sizes[j])) yield return (i, j);
            sizes.Add(mine.Length);
        }
    }
}
