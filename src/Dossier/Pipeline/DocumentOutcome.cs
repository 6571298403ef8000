using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Pipeline;

/// <summary>The articles one raw document gave after extraction and cleaning, or why it gave none.</summary>
public sealed record DocumentOutcome(ImmutableArray<Article> Articles, Rejection? Rejected);

/// <summary>The articles one file gave (it may hold several documents), and everything in it that was rejected.</summary>
public sealed record FileOutcome(ImmutableArray<Article> Articles, ImmutableArray<Rejection> Rejected);
