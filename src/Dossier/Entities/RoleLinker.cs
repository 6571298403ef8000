using Dossier.Model;

namespace Dossier.Entities;

/// <summary>
/// Links roles to the people holding them. Titles in front of names teach the pairs ("Syrian Foreign Minister
/// al-Moallem": Syria's foreign minister is al-Moallem's cluster); a role naming a country and office resolves
/// to the one cluster that holds it in any article. A role no pair resolves ("the Syrian minister") falls back
/// to the nearest person before it in the same article whose title fits (a foreign minister is a minister).
/// </summary>
internal static class RoleLinker
{
    public static void Link(List<MentionInfo> mentions, UnionFind sets)
    {
        var titled = mentions.Where(m => m is { IsName: true, Role: not null } && (m.Type == EntityType.Person || m.IsWeak)).ToList();
        foreach (var role in mentions.Where(m => m is { IsRole: true, Role: not null }))
        {
            if (Holder(role, titled, sets) is { } holder) sets.Union(holder, role.Index);
        }
    }

    private static int? Holder(MentionInfo role, List<MentionInfo> titled, UnionFind sets)
    {
        var office = role.Role!;
        if (office.Country is not null)
        {
            var holders = titled.Where(t => t.Role!.Key == office.Key).Select(t => sets.Find(t.Index)).Distinct().ToList();
            if (holders.Count == 1) return holders[0];
            if (holders.Count > 1) return Nearest(role, titled.Where(t => t.Role!.Key == office.Key), sets);
        }
        // titles known for each cluster, so "the Syrian minister" after "the country's Foreign Minister Walid
        // al-Moallem" can use "Syrian Foreign Minister al-Moallem" from later in the article
        var titlesByCluster = titled.GroupBy(t => sets.Find(t.Index)).ToDictionary(g => g.Key, g => g.Select(t => t.Role!).ToList());
        var before = titled.Where(t => t.Article == role.Article && t.Mention.Span.Start < role.Mention.Span.Start);
        var fitting = before.Where(t => titlesByCluster[sets.Find(t.Index)].Any(title => Fits(office, title)));
        return Nearest(role, fitting, sets);
    }

    /// <summary>The cluster of the closest candidate before the role in its own article.</summary>
    private static int? Nearest(MentionInfo role, IEnumerable<MentionInfo> candidates, UnionFind sets)
    {
        var best = candidates.Where(t => t.Article == role.Article && t.Mention.Span.Start < role.Mention.Span.Start)
            .OrderByDescending(t => t.Mention.Span.Start)
            .FirstOrDefault();
        return best is null ? null : sets.Find(best.Index);
    }

    /// <summary>
    /// A role fits the same office, or a bare head fits any office it heads ("minister" fits "foreign minister");
    /// "foreign minister" does not fit "deputy foreign minister". Countries must not conflict.
    /// </summary>
    private static bool Fits(RoleMatch role, RoleMatch title) =>
        (role.Country is null || title.Country is null || role.Country == title.Country)
        && (title.Role == role.Role || (!role.Role.Contains(' ') && title.Role.EndsWith(" " + role.Role, StringComparison.Ordinal)));
}
