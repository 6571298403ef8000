using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Dossier.Model;

namespace Dossier.Entities;

/// <summary>
/// Makes one <see cref="Entity"/> per cluster: type by majority of the mentions typed on evidence, name the
/// most complete proper form (or the gazetteer's canonical one), aliases every distinct surface form, and an
/// id hashed from type and name key so the same entity gets the same id on every run.
/// </summary>
internal static class EntityBuilder
{
    public static ImmutableArray<Entity> Build(List<MentionInfo> mentions, UnionFind sets)
    {
        var ordered = mentions.GroupBy(m => sets.Find(m.Index)).Select(g => Make([.. g]))
            .OrderByDescending(e => e.ArticleIds.Length)
            .ThenByDescending(e => e.Mentions.Length)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ThenBy(e => e.Id, StringComparer.Ordinal);
        // two clusters can share type and key (a surname two full names end); number the later ones
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<Entity>();
        foreach (var e in ordered)
        {
            var id = e.Id;
            for (var n = 2; !used.Add(id); n++) id = $"{e.Id}-{n}";
            result.Add(e with { Id = id });
        }
        return result.ToImmutable();
    }

    private static Entity Make(List<MentionInfo> cluster)
    {
        var type = TypeOf(cluster);
        var names = cluster.Where(m => m.IsName).ToList();
        var name = names.Count > 0 ? NameOf(names, type) : RoleName(cluster);
        var key = names.Count > 0 ? NameKey.Of(name) : cluster[0].Key;
        var aliases = cluster.GroupBy(m => m.Mention.Text, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key);
        var ordered = cluster.OrderBy(m => m.Article).ThenBy(m => m.Mention.Span.Start).Select(m => m.Mention);
        return new Entity(IdOf(type, key), name, type, [.. aliases], [.. ordered]);
    }

    private static EntityType TypeOf(List<MentionInfo> cluster)
    {
        var voters = cluster.Where(m => m.IsName && !m.IsWeak).ToList();
        if (voters.Count == 0) voters = cluster.Where(m => m.IsName).ToList();
        if (voters.Count == 0) return EntityType.Person;
        return voters.GroupBy(m => m.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }

    /// <summary>
    /// The fullest name (most key words), written cleanly ("Walid al-Moallem" before "Walid al- Moallem"),
    /// then the most used form; a gazetteer name uses its canonical form ("United States" for "U.S.").
    /// </summary>
    private static string NameOf(List<MentionInfo> names, EntityType type)
    {
        if (type != EntityType.Person && names.FirstOrDefault(m => m.Known is not null) is { Known: { } known }) return known.Canonical;
        return names.GroupBy(m => m.Mention.Text, StringComparer.Ordinal)
            .OrderByDescending(g => g.First().Words.Length)
            .ThenBy(g => IsUntidy(g.Key))
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
    }

    private static bool IsUntidy(string name) =>
        name.Contains("- ", StringComparison.Ordinal) || name.Contains(" -", StringComparison.Ordinal) || name.Contains("  ", StringComparison.Ordinal);

    /// <summary>A role nobody could be linked to is named by its most used wording, without the article.</summary>
    private static string RoleName(List<MentionInfo> cluster)
    {
        var text = cluster.GroupBy(m => m.Mention.Text, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        return text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;
    }

    private static string IdOf(EntityType type, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(type + ":" + key));
        return "ent-" + Convert.ToHexStringLower(hash)[..12];
    }
}
