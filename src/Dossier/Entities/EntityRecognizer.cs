using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Entities;

/// <summary>Finds person, organisation, place and other names (and roles that stand for a person) in one article.</summary>
public sealed class EntityRecognizer
{
    public ImmutableArray<Mention> Recognize(Article article, ImmutableArray<Token> tokens) => [];
}
