using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Timeline;

/// <summary>Chooses the key dates of a story and the sentences that tell what happened on each.</summary>
public sealed class TimelineBuilder
{
    /// <param name="articles">The story's articles with their time expressions.</param>
    /// <param name="maxDates">How many dates at most; null chooses automatically.</param>
    /// <param name="sentencesPerDate">Sentences per date.</param>
    public ImmutableArray<TimelineEntry> Build(IReadOnlyList<AnnotatedArticle> articles, int? maxDates = null, int sentencesPerDate = 1) => [];
}
