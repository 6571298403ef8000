using System.Collections.Immutable;

namespace Dossier.Model;

/// <summary>Everything one run produces: the articles, what was rejected, and the stories.</summary>
public sealed record AnalysisResult(
    ImmutableArray<Article> Articles,
    ImmutableArray<Rejection> Rejected,
    ImmutableArray<Story> Stories);
