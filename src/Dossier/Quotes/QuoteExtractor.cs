using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>Finds direct and indirect attributions in one article and resolves their speakers.</summary>
public sealed class QuoteExtractor
{
    public ImmutableArray<Quote> Extract(Article article, ImmutableArray<Token> tokens, ImmutableArray<Mention> mentions) => [];
}
