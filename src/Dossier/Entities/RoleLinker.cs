using Dossier.Model;

namespace Dossier.Entities;

/// <summary>
/// Links roles to the people holding them. Titles in front of names teach the pairs ("Syrian Foreign Minister
/// al-Moallem": Syria's foreign minister is al-Moallem's cluster); a role naming a country and office resolves
/// to the one cluster that holds it in any article. A role no pair resolves ("the Syrian minister") falls back
/// to the nearest person before it in the same article whose title fits (a foreign minister is a minister).
/// Roles of one office (already one cluster) link to one holder at most, so a role never joins two people.
/// </summary>
internal static class RoleLinker
{
    public static void Link(List<MentionInfo> mentions, UnionFind sets)
    {
        var titled = mentions.Where(m => m is { IsName: true, Role: not null } && (m.Type == EntityType.Person || m.IsWeak)).ToList();
        // name clusters are final here; remember them before role links move roots
        var clusterOf = titled.ToDictionary(t => t.Index, t => sets.Find(t.Index));
        var titlesOf = titled.GroupBy(t => clusterOf[t.Index]).ToDictionary(g => g.Key, g => g.Select(t => t.Role!).ToList());
        var offices = mentions.Where(m => m is { IsRole: true, Role: not null }).GroupBy(m => sets.Find(m.Index)).ToList();
        foreach (var office in offices)
        {
            var holder = office.Select(role => Holder(role, titled, clusterOf, titlesOf)).FirstOrDefault(h => h is not null);
            if (holder is not int h) continue;
            foreach (var role in office) sets.Union(h, role.Index);
        }
    }

    private static int? Holder(MentionInfo role, List<MentionInfo> titled, Dictionary<int, int> clusterOf, Dictionary<int, List<RoleMatch>> titlesOf)
    {
        var office = role.Role!;
        if (office.Country is not null)
        {
            var exact = titled.Where(t => t.Role!.Key == office.Key).ToList();
            var holders = exact.Select(t => clusterOf[t.Index]).Distinct().ToList();
            if (holders.Count == 1) return holders[0];
            if (holders.Count > 1) return Nearest(role, exact, clusterOf);
        }
        // a cluster's titles from anywhere count, so "the Syrian minister" after "the country's Foreign Minister
        // Walid al-Moallem" can use "Syrian Foreign Minister al-Moallem" from later in the article
        var fitting = titled.Where(t => titlesOf[clusterOf[t.Index]].Any(title => Fits(office, title)));
        return Nearest(role, fitting, clusterOf);
    }

    /// <summary>The cluster of the closest candidate before the role in its own article.</summary>
    private static int? Nearest(MentionInfo role, IEnumerable<MentionInfo> candidates, Dictionary<int, int> clusterOf)
    {
        var best = candidates.Where(t => t.Article == role.Article && t.Mention.Span.Start < role.Mention.Span.Start)
            .OrderByDescending(t => t.Mention.Span.Start)
            .FirstOrDefault();
        return best is null ? null : clusterOf[best.Index];
    }

    /// <summary>
    /// A role fits the same office, or a bare head fits any office it heads ("minister" fits "foreign minister");
    /// "foreign minister" does not fit "deputy foreign minister". Countries must not conflict.
    /// </summary>
    private static bool Fits(RoleMatch role, RoleMatch title) =>
        (role.Country is null || title.Country is null || role.Country == title.Country)
        && (title.Role == role.Role || (!role.Role.Contains(' ') && title.Role.EndsWith(" " + role.Role, StringComparison.Ordinal)));
}
