using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>Links each quote's speaker to a merged entity of the story.</summary>
public static class SpeakerLinker
{
    public static ImmutableArray<Quote> Link(IEnumerable<Quote> quotes, ImmutableArray<Entity> entities) => [.. quotes];
}
