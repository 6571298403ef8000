using Dossier.Model;

namespace Dossier.Entities;

/// <summary>
/// Links name mentions: equal keys of one type ("al-Assad" = "Al-Assad"), then short forms to the one full
/// name they end ("Assad" → "Bashar al-Assad", "Moallem" → "Walid al-Moallem"). A short form that several
/// full names end ("Assad" with both "Bashar al-Assad" and "Hafez al-Assad") prefers the full name in its own
/// article and otherwise stays apart; full names with different first names never merge.
/// </summary>
internal static class NameLinker
{
    public static void Link(List<MentionInfo> mentions, UnionFind sets)
    {
        LinkEqualKeys(mentions, sets);
        LinkShortForms(mentions, sets);
    }

    private static void LinkEqualKeys(List<MentionInfo> mentions, UnionFind sets)
    {
        foreach (var group in mentions.Where(m => m.Key.Length > 0).GroupBy(m => m.Key, StringComparer.Ordinal))
        {
            var list = group.ToList();
            // roles with equal keys are one office only when the text says whose ("?|minister" could be anyone's)
            var roles = list.Where(m => m.IsRole && m.Role?.Country is not null).ToList();
            foreach (var r in roles.Skip(1)) sets.Union(roles[0].Index, r.Index);
            var names = list.Where(m => m.IsName).ToList();
            var strong = names.Where(m => !m.IsWeak).GroupBy(m => m.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).ToList();
            foreach (var byType in strong)
            {
                var first = byType.First();
                foreach (var m in byType.Skip(1)) sets.Union(first.Index, m.Index);
            }
            // a name typed by default joins the strongest typed reading of the same key, or its own kind
            var weak = names.Where(m => m.IsWeak).ToList();
            var anchor = strong.Count > 0 ? strong[0].First() : weak.FirstOrDefault();
            if (anchor is null) continue;
            foreach (var m in weak) sets.Union(anchor.Index, m.Index);
        }
    }

    private static void LinkShortForms(List<MentionInfo> mentions, UnionFind sets)
    {
        // full names indexed by the word a short form is looked up on: a person's last word, any word of an organisation
        var people = mentions.Where(m => m is { IsName: true, Type: EntityType.Person } && !m.IsWeak && m.Words.Length > 1)
            .ToLookup(m => m.Words[^1], StringComparer.Ordinal);
        var organisations = mentions.Where(m => m is { IsName: true, Type: EntityType.Organization } && m.Words.Length > 1)
            .SelectMany(m => m.Words.Distinct().Select(w => (Word: w, Mention: m)))
            .ToLookup(p => p.Word, p => p.Mention, StringComparer.Ordinal);
        foreach (var m in mentions.Where(m => m is { IsName: true, Words.Length: > 0 }))
        {
            var pool = m.Type == EntityType.Person || m.IsWeak ? people[m.Words[^1]]
                : m.Mention.Rule == Rules.OrgBare ? organisations[m.Words[0]]
                : [];
            var candidates = pool.Where(f => f.Words.Length > m.Words.Length && Matches(m, f) && !sets.Same(f.Index, m.Index)).ToList();
            if (Choose(m, candidates, sets) is { } target) sets.Union(target, m.Index);
        }
    }

    /// <summary>A person's short form must end the full name; a bare "Observatory" may sit anywhere in the organisation's.</summary>
    private static bool Matches(MentionInfo shortForm, MentionInfo full) =>
        full.Type == EntityType.Organization
            ? full.Words.Contains(shortForm.Words[0]) && shortForm.Words.Length == 1
            : full.Words.AsSpan()[^shortForm.Words.Length..].SequenceEqual(shortForm.Words.AsSpan());

    /// <summary>The one cluster the short form belongs to, looking in its own article first; null when ambiguous.</summary>
    private static int? Choose(MentionInfo m, List<MentionInfo> candidates, UnionFind sets)
    {
        var local = candidates.Where(c => c.Article == m.Article).Select(c => sets.Find(c.Index)).Distinct().ToList();
        if (local.Count == 1) return local[0];
        if (local.Count > 1) return null;
        var global = candidates.Select(c => sets.Find(c.Index)).Distinct().ToList();
        return global.Count == 1 ? global[0] : null;
    }
}
