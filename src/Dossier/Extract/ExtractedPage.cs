using Dossier.Model;

namespace Dossier.Extract;

/// <summary>What the HTML extractor found on a page. <see cref="Error"/> is set instead of <see cref="Text"/> when no article was found.</summary>
public sealed record ExtractedPage(
    string? Url,
    string? Title,
    string? Byline,
    DateValue? Published,
    string? Language,
    string? Text,
    string? SiteName = null,
    string? Error = null);
