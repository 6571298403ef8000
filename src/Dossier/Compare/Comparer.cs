using System.Collections.Immutable;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Compare;

/// <summary>
/// The compare stage, for one story: articles → independent sources → statements → aligned facts; then what every
/// source of an event reports, what only one does, and where sources disagree (figures, denials, framings), each
/// item with the statements it rests on. Quote differences come from the quote stage as they are.
/// </summary>
public sealed class Comparer(CompareOptions? options = null)
{
    private readonly CompareOptions _options = options ?? CompareOptions.Default;

    public Comparison Compare(IReadOnlyList<AnnotatedArticle> members, IReadOnlyList<Event> events, IReadOnlyList<Entity> entities, IReadOnlyList<Quote> quotes, ImmutableArray<QuoteVariant> variants)
    {
        if (members.Count == 0) return Comparison.Empty;
        var sources = SourceGroups.Of(members);
        var groups = sources.Outlet;
        var groupNames = groups.Select((g, i) => (g, i)).GroupBy(x => x.g)
            .ToDictionary(x => x.Key, x => SourceGroups.Name(x.Select(y => members[y.i].Article)));
        var units = Units(members, groups, entities, quotes);
        var aligner = new StatementAligner(_options, units);
        var aligned = aligner.Align();
        var facts = Facts(units, aligned, list => sources.Independent(list.Select(i => units[i].ArticleIndex)));
        string Outlet(StatementUnit u) => groupNames[u.Group];
        bool Copies(StatementUnit x, StatementUnit y) => sources.Copy[x.ArticleIndex] == sources.Copy[y.ArticleIndex];
        var disagreements = new DisagreementFinder(_options).Find(units, aligned, aligner, Outlet, Copies);
        var coverage = new EventCoverage(events, members, groups);
        var shared = facts.Facts.Where(f => f.Sources >= 2)
            .Select(f => f with { ReportedByAll = coverage.All(facts.Members[f.Id].Select(i => units[i])) })
            .OrderByDescending(f => f.Sources).ThenBy(f => facts.Members[f.Id].Min()).ToImmutableArray();
        return new Comparison(
            shared,
            Exclusives(units, facts, events, members, groups, groupNames),
            disagreements,
            [.. variants.Where(v => v.ChangesMeaning)],
            groupNames.Count,
            sources.IndependentOutlets());
    }

    private static List<StatementUnit> Units(IReadOnlyList<AnnotatedArticle> members, ImmutableArray<int> groups, IReadOnlyList<Entity> entities, IReadOnlyList<Quote> quotes)
    {
        var entityOf = new Dictionary<(string, int), Entity>();
        foreach (var e in entities)
            foreach (var m in e.Mentions) entityOf[(m.ArticleId, m.Span.Start)] = e;
        var byArticle = quotes.GroupBy(q => q.ArticleId).ToDictionary(g => g.Key, g => (IReadOnlyList<Quote>)[.. g]);
        var names = entities.ToDictionary(e => e.Id, e => e.Name);
        string? Speaker(Quote q) => q.SpeakerEntityId is string id && names.TryGetValue(id, out var n) ? n : q.Speaker;

        var raw = new List<StatementUnit>();
        for (var i = 0; i < members.Count; i++)
        {
            var a = members[i];
            var tokens = a.Tokens.IsDefaultOrEmpty ? Tokenizer.Tokenize(a.Article.Text) : a.Tokens;
            ImmutableArray<Mention> mentions = a.Mentions.IsDefault ? [] : [.. a.Mentions.OrderBy(m => m.Span.Start)];
            foreach (var s in StatementSplitter.Split(a.Article, byArticle.GetValueOrDefault(a.Article.Id, []), Speaker))
            {
                var span = s.Ref.Span;
                var inside = Within(tokens, span, (Token t) => t.Span);
                var ents = Within(mentions, span, (Mention m) => m.Span)
                    .Where(m => entityOf.ContainsKey((a.Article.Id, m.Span.Start)))
                    .Select(m => StatementUnit.EntityPrefix + entityOf[(a.Article.Id, m.Span.Start)].Id);
                raw.Add(new StatementUnit(raw.Count, s, a.Article, i, groups[i], inside, [.. StatementUnit.ContentStems(inside).Concat(ents)]));
            }
        }
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var u in raw)
            foreach (var t in u.Terms.Distinct()) df[t] = df.GetValueOrDefault(t) + 1;
        var n = raw.Count;
        var idf = df.ToDictionary(kv => kv.Key, kv => Math.Log((1.0 + n) / (1.0 + kv.Value)) + 1, StringComparer.Ordinal);
        return [.. raw.Select(u => u with { Vector = TermVector.TfIdf(u.Terms, idf, 1) })];
    }

    /// <summary>The items (sorted by start) lying inside <paramref name="span"/>, found by binary search: a live blog of thousands of sentences must not be scanned once per sentence.</summary>
    private static ImmutableArray<T> Within<T>(ImmutableArray<T> items, TextSpan span, Func<T, TextSpan> of)
    {
        int lo = 0, hi = items.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (of(items[mid]).Start < span.Start) lo = mid + 1; else hi = mid;
        }
        var result = ImmutableArray.CreateBuilder<T>();
        for (var k = lo; k < items.Length && of(items[k]).Start < span.End; k++)
            if (of(items[k]).End <= span.End) result.Add(items[k]);
        return result.ToImmutable();
    }

    private sealed record FactSet(ImmutableArray<Fact> Facts, Dictionary<string, List<int>> Members, int[] FactOfUnit, Dictionary<int, List<(int Other, double Sim)>> Partners);

    /// <summary>
    /// Facts as stars: the statement aligned with most others anchors a fact with the statements aligned to it (at
    /// most one per other outlet, since alignment is mutual-best per outlet); then the next. Every report of a fact is
    /// aligned with its anchor directly, never through a chain of look-alikes. Unaligned statements are facts of one report.
    /// </summary>
    private static FactSet Facts(List<StatementUnit> units, ImmutableArray<StatementAligner.Pair> aligned, Func<List<int>, int> independent)
    {
        var partners = new Dictionary<int, List<(int Other, double Sim)>>();
        foreach (var p in aligned)
        {
            (partners.TryGetValue(p.First, out var a) ? a : partners[p.First] = []).Add((p.Second, p.Similarity));
            (partners.TryGetValue(p.Second, out var b) ? b : partners[p.Second] = []).Add((p.First, p.Similarity));
        }
        var factOf = Enumerable.Repeat(-1, units.Count).ToArray();
        var stars = new List<(int Anchor, List<(int Other, double Sim)> Members)>();
        foreach (var (anchor, list) in partners.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Key))
        {
            if (factOf[anchor] >= 0) continue;
            var free = list.Where(x => factOf[x.Other] < 0).OrderBy(x => x.Other).ToList();
            if (free.Count == 0) continue;
            factOf[anchor] = stars.Count;
            foreach (var x in free) factOf[x.Other] = stars.Count;
            stars.Add((anchor, free));
        }
        for (var i = 0; i < units.Count; i++)
            if (factOf[i] < 0) { factOf[i] = stars.Count; stars.Add((i, [])); }

        var facts = ImmutableArray.CreateBuilder<Fact>(stars.Count);
        var members = new Dictionary<string, List<int>>();
        foreach (var (anchor, others) in stars.OrderBy(s => s.Anchor))
        {
            var list = others.Select(x => x.Other).OrderBy(i => units[i].Article.Published?.Start ?? DateOnly.MaxValue).ThenBy(i => i).Prepend(anchor).ToList();
            var id = "f" + (facts.Count + 1);
            var first = list.Select(i => units[i]).Where(u => u.Article.Published?.Start is not null).MinBy(u => u.Article.Published!.Start);
            var attributed = list.Select(i => units[i].Statement.AttributedTo).OfType<string>().GroupBy(x => x).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
            facts.Add(new Fact(id, [.. list.Select(i => units[i].Statement)],
                [.. list.Select(i => Dossier.Output.Outlets.Name(units[i].Article)).Distinct()],
                independent(list),
                first?.Article.Id, first?.Article.Published, attributed) { Similarity = others.Count == 0 ? 1 : others.Min(x => x.Sim) });
            members[id] = list;
            foreach (var i in list) factOf[i] = facts.Count - 1;
        }
        return new FactSet(facts.ToImmutable(), members, factOf, partners);
    }

    /// <summary>Which outlets cover each event, to tell whether a fact is reported by every outlet of the events it belongs to.</summary>
    private sealed class EventCoverage(IReadOnlyList<Event> events, IReadOnlyList<AnnotatedArticle> articles, ImmutableArray<int> groups)
    {
        private readonly Dictionary<string, int> _group = articles.Select((a, i) => (a.Article.Id, g: groups[i])).ToDictionary(x => x.Id, x => x.g);
        private readonly Dictionary<string, List<Event>> _events = events.SelectMany(e => e.ArticleIds.Select(id => (id, e))).GroupBy(x => x.id).ToDictionary(g => g.Key, g => g.Select(x => x.e).ToList());

        public bool All(IEnumerable<StatementUnit> reports)
        {
            var list = reports.ToList();
            var covering = list.SelectMany(u => _events.GetValueOrDefault(u.Article.Id, [])).Distinct()
                .SelectMany(e => e.ArticleIds).Where(_group.ContainsKey).Select(id => _group[id]).ToHashSet();
            return covering.Count >= 2 && covering.IsSubsetOf(list.Select(u => u.Group));
        }
    }

    /// <summary>
    /// Per event covered by two or more sources: each source's statements that no other source of that event
    /// reports, keeping the substantive ones (a name or a figure in at least <see cref="SubstantiveWords"/> words),
    /// most salient first (<see cref="Salience"/>).
    /// </summary>
    private ImmutableArray<OutletExclusives> Exclusives(List<StatementUnit> units, FactSet facts, IReadOnlyList<Event> events, IReadOnlyList<AnnotatedArticle> articles, ImmutableArray<int> groups, Dictionary<int, string> groupNames)
    {
        var index = articles.Select((a, i) => (a.Article.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var result = ImmutableArray.CreateBuilder<OutletExclusives>();
        foreach (var e in events)
        {
            var inEvent = e.ArticleIds.Where(index.ContainsKey).ToHashSet();
            var eventGroups = inEvent.Select(id => groups[index[id]]).ToHashSet();
            if (eventGroups.Count < 2) continue;
            foreach (var g in eventGroups.Order())
            {
                var only = units.Where(u => u.Group == g && inEvent.Contains(u.Article.Id) && Substantive(u))
                    .Where(u => !facts.Partners.TryGetValue(u.Index, out var p) || p.All(x => !inEvent.Contains(units[x.Other].Article.Id)))
                    .ToList();
                if (only.Count == 0) continue;
                var kept = only.OrderByDescending(Salience).ThenBy(u => u.Index).Take(MaxExclusivesKept)
                    .Select(u => facts.Facts[facts.FactOfUnit[u.Index]] is var f && f.Reports.Length == 1 ? f : Single(u));
                result.Add(new OutletExclusives(groupNames[g], e.Id, [.. kept], only.Count));
            }
        }
        return result.ToImmutable();
    }

    private static Fact Single(StatementUnit u) =>
        new($"s{u.Index}", [u.Statement], [Dossier.Output.Outlets.Name(u.Article)], 1, u.Article.Published is null ? null : u.Article.Id, u.Article.Published, u.Statement.AttributedTo);

    public const int SubstantiveWords = 8;

    /// <summary>Exclusive facts kept per outlet and event in stories.json, most salient first; the count of all is kept too.</summary>
    public const int MaxExclusivesKept = 50;

    // who-did-what: a statement naming more actors, attributed to someone, or giving a figure tells more on its own
    private static double Salience(StatementUnit u) =>
        u.Terms.Where(t => t.StartsWith(StatementUnit.EntityPrefix, StringComparison.Ordinal)).Distinct().Count()
        + (u.Statement.AttributedTo is null ? 0 : 1)
        + (u.Terms.Any(t => char.IsDigit(t[0])) ? 1 : 0);

    private static bool Substantive(StatementUnit u) =>
        u.Tokens.Count(t => t.IsWord) >= SubstantiveWords && u.Terms.Any(t => t.StartsWith(StatementUnit.EntityPrefix, StringComparison.Ordinal) || char.IsDigit(t[0]));
}
