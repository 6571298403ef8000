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
        return [.. quotes.Select(q => Find(q, keyed) is { } e ? q with { SpeakerEntityId = e.Id, Speaker = e.Name } : q)];
    }

    private static Entity? Find(Quote q, List<(Entity Entity, List<string[]> Keys)> keyed)
    {
        var overlapping = q.SpeakerSpan is { } span
            ? keyed.Select(k => k.Entity).Where(e => !e.Mentions.IsDefault && e.Mentions.Any(m => m.ArticleId == q.ArticleId && Covers(m.Span, span))).ToList()
            : [];
        var person = overlapping.FirstOrDefault(e => e.Type == EntityType.Person);
        if (person is not null) return person;
        if (q.Speaker is { } name && ByName(name, keyed) is { } named) return named;
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
        var matches = keyed
            .Select(k => (k.Entity, Score: k.Keys.Max(ek => Score(key, ek))))
            .Where(m => m.Score > 0)
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Entity.Type == EntityType.Person ? 0 : 1)
            .ThenByDescending(m => m.Entity.Mentions.IsDefault ? 0 : m.Entity.Mentions.Length)
            .ToList();
        return matches.Count == 0 ? null : matches[0].Entity;
    }

    private static int Score(string[] key, string[] entityKey)
    {
        if (entityKey.Length == 0) return 0;
        if (key.SequenceEqual(entityKey)) return 3;
        if (NameWords.Compatible(key, entityKey) || NameWords.Compatible(entityKey, key)) return 2;
        return 0;
    }
}
