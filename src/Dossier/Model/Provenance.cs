namespace Dossier.Model;

/// <summary>
/// Where an output came from: the stage and the rule (or sieve) that made it, and the article span it rests on.
/// Every derived record carries one, so a reader can always ask "why is this here?".
/// </summary>
public sealed record Provenance(string Stage, string Rule, string? ArticleId = null, TextSpan? Span = null);
