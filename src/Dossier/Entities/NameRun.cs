using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Entities;

/// <summary>A maximal stretch of name pieces in one sentence: the raw material the classifier cuts into mentions.</summary>
internal sealed record NameRun(ImmutableArray<NamePiece> Pieces)
{
    public TextSpan Span => new(Pieces[0].Span.Start, Pieces[^1].Span.End);

    public int Count => Pieces.Length;

    public NamePiece this[int i] => Pieces[i];

    public int WordCount => Pieces.Count(p => p.IsWord);

    public string Text => string.Join(' ', Pieces.Select(p => p.Text));

    public NameRun Slice(int start, int count) => new(Pieces.Slice(start, count));

    public NameRun From(int start) => Slice(start, Count - start);

    /// <summary>The run without particles or connectors at its edges ("de" cannot end a name); null if no word is left.</summary>
    public NameRun? Trimmed()
    {
        var s = 0;
        var e = Count;
        while (s < e && !Pieces[s].IsWord && !(Pieces[s].Kind == PieceKind.Particle && s + 1 < e && Pieces[s + 1].IsWord)) s++;
        while (e > s && !Pieces[e - 1].IsWord) e--;
        return e > s ? Slice(s, e - s) : null;
    }
}
