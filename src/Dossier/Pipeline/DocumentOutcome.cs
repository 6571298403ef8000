using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Pipeline;

/// <summary>The articles one raw document gave after extraction and cleaning, or why it gave none.</summary>
public sealed record DocumentOutcome(ImmutableArray<Article> Articles, Rejection? Rejected);
