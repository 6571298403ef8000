using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Eval.QuoteEval;

/// <summary>
/// A possibly discontinuous span (brat allows "315 448;463 553"), as UTF-16 ranges into the article's raw text.
/// Compared after trimming: PolNeAR is inconsistent about whether quotation marks and edge punctuation belong to a span.
/// </summary>
public sealed record BratSpan(ImmutableArray<TextSpan> Parts)
{
    private const string EdgeJunk = " \t\r\n\u00A0\"'\u201C\u201D\u2018\u2019\u00AB\u00BB,.;:";

    public static BratSpan Of(TextSpan span) => new([span]);

    /// <summary>Each part trimmed of edge whitespace, quotation marks and ",.;:"; parts left empty dropped.</summary>
    public BratSpan Trim(string text)
    {
        var parts = ImmutableArray.CreateBuilder<TextSpan>();
        foreach (var p in Parts.OrderBy(p => p.Start))
        {
            int s = Math.Clamp(p.Start, 0, text.Length), e = Math.Clamp(p.End, s, text.Length);
            while (s < e && EdgeJunk.Contains(text[s], StringComparison.Ordinal)) s++;
            while (e > s && EdgeJunk.Contains(text[e - 1], StringComparison.Ordinal)) e--;
            if (e > s) parts.Add(new TextSpan(s, e));
        }
        return new BratSpan(parts.ToImmutable());
    }

    public bool IsEmpty => Parts.IsEmpty;

    public bool SameAs(BratSpan other) => Parts.SequenceEqual(other.Parts);

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(BratSpan other) => Parts.Any(p => other.Parts.Any(p.Overlaps));

    public string Key => string.Join(";", Parts.Select(p => $"{p.Start} {p.End}"));

    public bool Equals(BratSpan? other) => other is not null && SameAs(other);

    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);
}
