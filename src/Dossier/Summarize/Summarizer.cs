using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Summarize;

/// <summary>Multi-document extractive summary; every sentence lists the articles that say the same.</summary>
public sealed class Summarizer
{
    public ImmutableArray<SummarySentence> Summarize(IReadOnlyList<AnnotatedArticle> articles, int maxWords = 100, string? query = null) => [];
}
