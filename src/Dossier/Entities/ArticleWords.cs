namespace Dossier.Entities;

/// <summary>
/// What the whole article says about its words, for deciding about one capitalised word where capitals prove nothing
/// (a sentence opener, a title-case headline): <see cref="Known"/> name keys seen capitalised mid-sentence
/// ("assad"), and <see cref="LowerCase"/> words the article also writes in lower case ("negotiate", "rebels").
/// </summary>
internal sealed record ArticleWords(IReadOnlySet<string> Known, IReadOnlySet<string> LowerCase);
