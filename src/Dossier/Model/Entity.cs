using System.Collections.Immutable;

namespace Dossier.Model;

/// <summary>CoNLL-style entity types.</summary>
public enum EntityType
{
    Person,
    Organization,
    Location,
    Misc,
}

/// <summary>One mention of a named entity (or of a role that names one, "the Syrian foreign minister").</summary>
public sealed record Mention(string ArticleId, int Sentence, TextSpan Span, string Text, EntityType Type, string Rule)
{
    /// <summary>True for descriptions ("the Syrian foreign minister") rather than names.</summary>
    public bool IsRole { get; init; }
}

/// <summary>An entity merged across articles and outlets.</summary>
public sealed record Entity(
    string Id,
    string Name,
    EntityType Type,
    ImmutableArray<string> Aliases,
    ImmutableArray<Mention> Mentions)
{
    public ImmutableArray<string> ArticleIds => [.. Mentions.Select(m => m.ArticleId).Distinct()];
}
