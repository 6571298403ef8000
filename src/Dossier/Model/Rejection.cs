namespace Dossier.Model;

/// <summary>An input that could not be analysed, with a coded reason (see <c>Pipeline/DossierError</c>).</summary>
public sealed record Rejection(string Path, string Code, string Reason);
