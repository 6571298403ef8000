namespace Dossier.Model;

/// <summary>A date mentioned in an article, resolved against its publication date where possible.</summary>
public sealed record TimeExpression(
    string ArticleId,
    int Sentence,
    TextSpan Span,
    string Text,
    DateValue? Value,
    string Rule)
{
    /// <summary>True when the value was computed from an anchor (publication date) rather than read off the text.</summary>
    public bool Relative { get; init; }
}
