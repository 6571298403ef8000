using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Timeline;

/// <summary>Finds dates in an article and resolves them against its publication date.</summary>
public sealed class TemporalTagger
{
    public ImmutableArray<TimeExpression> Tag(Article article, ImmutableArray<Token> tokens) => [];
}
