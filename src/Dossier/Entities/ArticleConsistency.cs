using Dossier.Model;

namespace Dossier.Entities;

/// <summary>
/// One article names a thing in full once and in short after: "Syrian Deputy Foreign Minister Faisal Mekdad"
/// then "Mekdad noted". This pass retypes short forms typed by default after the full names they match, and
/// drops a bare keyword ("the Observatory") unless the article names the organisation it stands for.
/// </summary>
internal static class ArticleConsistency
{
    /// <summary>The candidates in the same order, retyped, with null where one is dropped.</summary>
    public static List<Candidate?> Apply(List<Candidate> candidates, string text)
    {
        var people = candidates.Where(c => c is { Type: EntityType.Person, IsRole: false, IsWeak: false }).Select(c => NameKey.Words(c.Span.Of(text))).ToList();
        var surnames = people.Where(w => w.Length > 1).Select(w => w[^1]).ToHashSet(StringComparer.Ordinal);
        var fullNames = people.Select(w => string.Join(' ', w)).ToHashSet(StringComparer.Ordinal);
        var typed = candidates.Where(c => !c.IsWeak && !c.IsRole && c.Type != EntityType.Person)
            .GroupBy(c => NameKey.Of(c.Span.Of(text)))
            .ToDictionary(g => g.Key, g => g.First().Type, StringComparer.Ordinal);
        var orgWords = candidates.Where(c => c is { Type: EntityType.Organization } && c.Rule != Rules.OrgBare)
            .SelectMany(c => NameKey.Words(c.Span.Of(text))).ToHashSet(StringComparer.Ordinal);

        return [.. candidates.Select(c => Retype(c, NameKey.Of(c.Span.Of(text))))];

        Candidate? Retype(Candidate c, string key)
        {
            if (c.Rule == Rules.OrgBare) return orgWords.Contains(key) ? c : null;
            if (!c.IsWeak && c.Rule != Rules.SpeechVerb) return c;
            if (surnames.Contains(key) || (c.IsWeak && fullNames.Contains(key))) return c with { Type = EntityType.Person, Rule = Rules.SurnameInArticle };
            if (typed.TryGetValue(key, out var type)) return c with { Type = type, Rule = Rules.SameNameInArticle };
            return c;
        }
    }
}
