namespace Dossier.Model;

/// <summary>
/// One document as read from disk, before extraction and cleaning. A file may hold several
/// (TREC/DUC SGML with many &lt;DOC&gt;s, JSON lines). Metadata the container gives (SGML headline,
/// JSON fields) is carried as hints; the cleaner decides what to keep.
/// </summary>
public sealed record RawDocument(
    string Path,
    InputFormat Format,
    string Content,
    string? DocId = null,
    string? Url = null,
    string? Source = null,
    string? Title = null,
    DateValue? Published = null);
