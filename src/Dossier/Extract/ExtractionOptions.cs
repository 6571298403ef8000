namespace Dossier.Extract;

/// <summary>Tuning of <see cref="HtmlExtractor"/>.</summary>
/// <param name="MinTextLength">
/// A body shorter than this (characters) is taken as a sign the strict pass cut too much, and the
/// next, more lenient pass of the cascade is tried.
/// </param>
public sealed record ExtractionOptions(int MinTextLength = 250)
{
    public static ExtractionOptions Default { get; } = new();
}
