using Dossier.Model;

namespace Dossier.Store;

/// <summary>What a listing needs of a stored article: no text, so no sentence splitting.</summary>
public sealed record ArticleHeader(string Id, string? Source, string? Title, DateValue? Published, string? FragmentOf);
