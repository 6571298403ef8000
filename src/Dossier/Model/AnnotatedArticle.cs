using System.Collections.Immutable;

namespace Dossier.Model;

/// <summary>An article with what the per-article stages found in it. Stages return new records; nothing is mutated.</summary>
public sealed record AnnotatedArticle(
    Article Article,
    ImmutableArray<Token> Tokens,
    ImmutableArray<Mention> Mentions,
    ImmutableArray<TimeExpression> Times,
    ImmutableArray<Quote> Quotes);
