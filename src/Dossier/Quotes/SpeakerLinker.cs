using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>Links each quote's speaker to a merged entity of the story.</summary>
public static class SpeakerLinker
{
    /// <summary>
    /// Sets <see cref="Quote.SpeakerEntityId"/> (and <see cref="Quote.Speaker"/> to the entity's name) from, in order:
    /// a person entity with a mention making up most of the speaker's words in the same article; an entity whose name or alias
    /// matches the resolved speaker ("al-Assad" ~ "Assad" ~ "Bashar al Assad"); any entity mentioned over most of the speaker's words.
    /// Quotes that match nothing are returned unchanged.
    /// </summary>
    public static ImmutableArray<Quote> Link(IEnumerable<Quote> quotes, ImmutableArray<Entity> entities)
    {
        if (entities.IsDefaultOrEmpty) return [.. quotes];
        var keyed = entities
            .Select(e => (Entity: e, Keys: e.Aliases.IsDefault ? [NameWords.Key(e.Name)] : e.Aliases.Prepend(e.Name).Select(NameWords.Key).ToList()))
            .ToList();
        // indexes, so a story of thousands of articles and quotes is not a scan of every entity per quote
        var order = entities.Select((e, i) => (e, i)).ToDictionary(x => x.e.Id, x => x.i);
        var byArticle = entities.Where(e => !e.Mentions.IsDefault)
            .SelectMany(e => e.Mentions.Select(m => (m, e)))
            .GroupBy(x => x.m.ArticleId)
            .ToDictionary(g => g.Key, g => g.ToList());
        var byName = new Dictionary<string, Entity?>(StringComparer.Ordinal);
        return [.. quotes.Select(q => Find(q, keyed, byArticle, order, byName) is { } e ? q with { SpeakerEntityId = e.Id, Speaker = e.Name } : q)];
    }

    private static Entity? Find(Quote q, List<(Entity Entity, List<string[]> Keys)> keyed, Dictionary<string, List<(Mention m, Entity e)>> byArticle,
        Dictionary<string, int> order, Dictionary<string, Entity?> byName)
    {
        var overlapping = q.SpeakerSpan is { } span && byArticle.TryGetValue(q.ArticleId, out var inArticle)
            ? inArticle.Where(x => Covers(x.m.Span, span)).Select(x => x.e).Distinct().OrderBy(e => order[e.Id]).ToList()
            : [];
        var person = overlapping.FirstOrDefault(e => e.Type == EntityType.Person);
        if (person is not null) return person;
        if (q.Speaker is { } name)
        {
            if (!byName.TryGetValue(name, out var named)) byName[name] = named = ByName(name, keyed);
            if (named is not null) return named;
        }
        return overlapping.FirstOrDefault();
    }

    /// <summary>
    /// A mention speaks for the speaker's words only when it makes up most of them: "Mr. al-Moallem" is al-Moallem,
    /// but "Russian officials", "local media in Haiti" and "a Syrian news agency report" are not Russia, Haiti or Syria.
    /// </summary>
    private static bool Covers(TextSpan mention, TextSpan speaker)
    {
        var shared = Math.Min(mention.End, speaker.End) - Math.Max(mention.Start, speaker.Start);
        return shared > 0 && shared * 2 >= speaker.Length;
    }

    // the exact key first, then a compatible partial name ("Assad" within "Bashar al-Assad"); people before others,
    // and among equals the entity mentioned most
    private static Entity? ByName(string name, List<(Entity Entity, List<string[]> Keys)> keyed)
    {
        var key = NameWords.Key(name);
        if (key.Length == 0) return null;
        // a phrase with common words in it ("Local media outlets in Haiti") is not the name it ends on
        var phrase = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => char.IsLower(w[0]) && !NameWords.IsParticle(w.Split('-')[0]));
        var matches = keyed
            .Select(k => (k.Entity, Score: k.Keys.Max(ek => Score(key, ek, phrase))))
            .Where(m => m.Score > 0)
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Entity.Type == EntityType.Person ? 0 : 1)
            .ThenByDescending(m => m.Entity.Mentions.IsDefault ? 0 : m.Entity.Mentions.Length)
            .ToList();
        return matches.Count == 0 ? null : matches[0].Entity;
    }

    private static int Score(string[] key, string[] entityKey, bool phrase)
    {
        if (entityKey.Length == 0) return 0;
        if (key.SequenceEqual(entityKey)) return 3;
        if (NameWords.Compatible(key, entityKey) || !phrase && NameWords.Compatible(entityKey, key)) return 2;
        return 0;
    }
}
