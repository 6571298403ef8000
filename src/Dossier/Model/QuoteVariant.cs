using System.Collections.Immutable;

namespace Dossier.Model;

/// <summary>One outlet's version of a quotation: the quoted words and the words framing them ("it made no sense").</summary>
public sealed record QuoteVersion(string ArticleId, int Sentence, string Text, string Frame);

/// <summary>A word that differs between two versions: dropped (only in the first), added (only in the second), or respelled.</summary>
public sealed record WordChange(WordChangeKind Kind, string? First, string? Second, bool InFrame, bool Meaningful);

public enum WordChangeKind
{
    Dropped,
    Added,
    Respelled,
}

/// <summary>
/// The same quotation as two articles give it, with the word differences between them. <see cref="ChangesMeaning"/>
/// is set when a difference carries meaning (a content word or a negation dropped or added), never for spelling or
/// punctuation.
/// </summary>
public sealed record QuoteVariant(QuoteVersion First, QuoteVersion Second, ImmutableArray<WordChange> Changes, bool ChangesMeaning);
