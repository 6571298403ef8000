using System.Collections.Immutable;

namespace Dossier.Model;

/// <summary>
/// A clean article: the body text every later stage reads, and what cleaning learnt about it.
/// <see cref="Id"/> is a hash of the normalised body, so the same text ingested twice is one article.
/// </summary>
public sealed record Article(
    string Id,
    string Path,
    InputFormat Format,
    string? Source,
    string? Title,
    DateValue? Published,
    string Text,
    ImmutableArray<Sentence> Sentences)
{
    public string? Url { get; init; }
    public string? Byline { get; init; }

    /// <summary>Dates shown on the page that are not its publication date (print date, page display date).</summary>
    public ImmutableArray<DateValue> PageDates { get; init; } = [];

    /// <summary>Id of the article this one was split from, when a crawled text glued several pieces together.</summary>
    public string? FragmentOf { get; init; }

    /// <summary>True when the text stops mid-sentence (a teaser cut off by the crawler).</summary>
    public bool Truncated { get; init; }

    public ImmutableArray<RemovedLine> Removed { get; init; } = [];

    /// <summary>Where each of <see cref="Source"/>, <see cref="Title"/> and <see cref="Published"/> came from.</summary>
    public ImmutableArray<Provenance> Provenance { get; init; } = [];
}
