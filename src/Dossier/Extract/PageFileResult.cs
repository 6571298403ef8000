namespace Dossier.Extract;

/// <summary>What <c>dossier extract</c> reports for one file: the extracted page, or why there is none.</summary>
public sealed record PageFileResult(string Path, ExtractedPage? Page, string? Error);
