namespace Dossier.Text;

/// <summary>One sentence of a CoNLL-2003 column file: its words with their gold part-of-speech and chunk tags.</summary>
public sealed record TaggedSentence(IReadOnlyList<string> Words, IReadOnlyList<string> Pos, IReadOnlyList<string> Chunk);
