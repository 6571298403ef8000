using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Clean;

/// <summary>What the cleaner made of one document: the body paragraphs, and what it learnt and removed on the way.</summary>
public sealed record CleanedText(
    string? Title,
    string? Source,
    DateValue? Published,
    ImmutableArray<DateValue> PageDates,
    ImmutableArray<string> Paragraphs,
    ImmutableArray<RemovedLine> Removed,
    ImmutableArray<Provenance> Provenance);
