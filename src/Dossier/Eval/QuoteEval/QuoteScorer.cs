namespace Dossier.Eval.QuoteEval;

/// <summary>Scores one article's predicted attributions against its gold ones; spans are trimmed before comparing.</summary>
public static class QuoteScorer
{
    public static QuoteScores Score(IReadOnlyList<BratAttribution> gold, IReadOnlyList<BratAttribution> predicted, string text)
    {
        var g = gold.Select(a => a.Trim(text)).ToList();
        var p = predicted.Select(a => a.Trim(text)).ToList();
        return new QuoteScores(
            1,
            Role(g, p, QuoteRole.Source, exact: true), Role(g, p, QuoteRole.Source, exact: false),
            Role(g, p, QuoteRole.Cue, exact: true), Role(g, p, QuoteRole.Cue, exact: false),
            Role(g, p, QuoteRole.Content, exact: true), Role(g, p, QuoteRole.Content, exact: false),
            Whole(g, p, exact: true), Whole(g, p, exact: false));
    }

    // a span shared by several attributions (one speaker, two quotes) counts once per side
    private static MatchCounts Role(List<BratAttribution> gold, List<BratAttribution> predicted, QuoteRole role, bool exact)
    {
        var g = gold.Select(a => a.Role(role)).OfType<BratSpan>().Distinct().ToList();
        var p = predicted.Select(a => a.Role(role)).OfType<BratSpan>().Distinct().ToList();
        return new MatchCounts(g.Count, p.Count, OneToOneMatcher.Count(g, p, (x, y) => Same(x, y, exact)));
    }

    private static MatchCounts Whole(List<BratAttribution> gold, List<BratAttribution> predicted, bool exact) =>
        new(gold.Count, predicted.Count, OneToOneMatcher.Count(gold, predicted, (x, y) =>
            Both(x.Source, y.Source, exact) && Both(x.Cue, y.Cue, exact) && Both(x.Content, y.Content, exact)));

    private static bool Both(BratSpan? x, BratSpan? y, bool exact) => x is null ? y is null : y is not null && Same(x, y, exact);

    private static bool Same(BratSpan x, BratSpan y, bool exact) => exact ? x.SameAs(y) : x.Overlaps(y);
}
