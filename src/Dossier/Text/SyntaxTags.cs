namespace Dossier.Text;

/// <summary>The part of speech (Penn Treebank tag: NN, VBD, …) and phrase chunk (IOB2: B-NP, I-VP, O) of each word of a sentence.</summary>
public sealed record SyntaxTags(IReadOnlyList<string> Pos, IReadOnlyList<string> Chunk);
