namespace Dossier.Model;

/// <summary>
/// <see cref="ArticleId"/> repeats most of the wording of the earlier <see cref="OfId"/>: a wire copy, the same
/// article on another site, a light rewrite. <see cref="Similarity"/> is the Jaccard similarity of their 4-word
/// shingle sets, exact when <see cref="Exact"/>, otherwise estimated by MinHash.
/// </summary>
public sealed record NearDuplicate(string ArticleId, string OfId, double Similarity, bool Exact = true);
