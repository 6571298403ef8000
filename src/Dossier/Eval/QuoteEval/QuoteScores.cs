using System.Globalization;
using System.Text;

namespace Dossier.Eval.QuoteEval;

/// <summary>
/// The benchmark's figures: per role (source, cue, content) for exact and for overlapping spans, and for whole
/// attributions (every role matches; an absent role matches only an absent role).
/// </summary>
public sealed record QuoteScores(
    int Articles,
    MatchCounts SourceExact, MatchCounts SourceOverlap,
    MatchCounts CueExact, MatchCounts CueOverlap,
    MatchCounts ContentExact, MatchCounts ContentOverlap,
    MatchCounts AttributionExact, MatchCounts AttributionOverlap)
{
    public static readonly QuoteScores Empty = new(0, default, default, default, default, default, default, default, default);

    public static QuoteScores operator +(QuoteScores a, QuoteScores b) => new(
        a.Articles + b.Articles,
        a.SourceExact + b.SourceExact, a.SourceOverlap + b.SourceOverlap,
        a.CueExact + b.CueExact, a.CueOverlap + b.CueOverlap,
        a.ContentExact + b.ContentExact, a.ContentOverlap + b.ContentOverlap,
        a.AttributionExact + b.AttributionExact, a.AttributionOverlap + b.AttributionOverlap);

    public string Format()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"articles {Articles}");
        sb.AppendLine("                 exact: P      R      F1   |  overlap: P     R      F1   | gold  pred");
        void Row(string name, MatchCounts e, MatchCounts o) =>
            sb.AppendLine(CultureInfo.InvariantCulture, $"{name,-12} {e.Precision,13:F3} {e.Recall,6:F3} {e.F1,6:F3}   | {o.Precision,11:F3} {o.Recall,6:F3} {o.F1,6:F3}   | {e.Gold,5} {e.Predicted,5}");
        Row("source", SourceExact, SourceOverlap);
        Row("cue", CueExact, CueOverlap);
        Row("content", ContentExact, ContentOverlap);
        Row("attribution", AttributionExact, AttributionOverlap);
        return sb.ToString();
    }
}
