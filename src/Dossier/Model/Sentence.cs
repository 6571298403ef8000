namespace Dossier.Model;

/// <summary>A sentence of an article, with its character span in <see cref="Article.Text"/>.</summary>
public sealed record Sentence(int Index, TextSpan Span, string Text);

/// <summary>A pointer to one sentence of one article: the unit of provenance for summaries and timelines.</summary>
public sealed record SentenceRef(string ArticleId, int Sentence, TextSpan Span);
