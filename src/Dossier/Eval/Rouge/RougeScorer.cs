namespace Dossier.Eval.Rouge;

/// <summary>
/// Scores a peer summary against a topic's model summaries for one measure, as ROUGE-1.5.5's compute*Score do.
/// -f A pools hits and counts over the models (each model clips its own hits); -f B keeps the model with the
/// best recall, compared on the value ROUGE compares (rounded to 5 decimals for n-grams and skip-bigrams, exact
/// for LCS), the first such model winning a tie.
/// </summary>
public static class RougeScorer
{
    public static RougeScore Score(RougeMetric metric, RougeSummary peer, IReadOnlyList<RougeSummary> models, RougeOptions options)
    {
        double hits = 0, modelCount = 0, peerCount = 0, best = -1;
        var peerBag = metric switch
        {
            RougeMetric.NGram g => GramBag.NGrams(peer.Tokens, g.N),
            RougeMetric.SkipBigram s => GramBag.SkipBigrams(peer.Tokens, s.Distance, s.WithUnigrams),
            _ => null,
        };
        foreach (var model in models)
        {
            var (hit, count, countP, recall) = Compare(metric, peer, peerBag, model);
            if (!options.BestModel) { hits += hit; modelCount += count; peerCount += countP; }
            else if (recall > best) { best = recall; hits = hit; modelCount = count; peerCount = countP; }
        }
        var r = modelCount != 0 ? Recall(metric, hits / modelCount) : 0;
        var p = peerCount != 0 ? Recall(metric, hits / peerCount) : 0;
        r = PerlNumbers.Round5(r);
        p = PerlNumbers.Round5(p);
        var a = options.Alpha;
        var f = (1 - a) * p + a * r > 0 ? PerlNumbers.Round5(p * r / ((1 - a) * p + a * r)) : 0;
        return new RougeScore(r, p, f, modelCount, peerCount, hits);
    }

    /// <summary>ROUGE-W reports the weight-th root of its ratio; the others the ratio itself.</summary>
    private static double Recall(RougeMetric metric, double ratio) =>
        metric is RougeMetric.Wlcs w ? Math.Pow(ratio, 1 / w.Weight) : ratio;

    private static (double Hit, double Count, double PeerCount, double Recall) Compare(
        RougeMetric metric, RougeSummary peer, GramBag? peerBag, RougeSummary model)
    {
        switch (metric)
        {
            case RougeMetric.NGram g:
            {
                var bag = GramBag.NGrams(model.Tokens, g.N);
                var hit = bag.Hits(peerBag!);
                return (hit, bag.Total, peerBag!.Total, bag.Total != 0 ? PerlNumbers.Round5((double)hit / bag.Total) : 0);
            }
            case RougeMetric.SkipBigram s:
            {
                var bag = GramBag.SkipBigrams(model.Tokens, s.Distance, s.WithUnigrams);
                var hit = bag.Hits(peerBag!);
                return (hit, bag.Total, peerBag!.Total, bag.Total != 0 ? PerlNumbers.Round5((double)hit / bag.Total) : 0);
            }
            case RougeMetric.Lcs:
            {
                var (hit, total) = LcsMatcher.Lcs(model, peer);
                return (hit, total, peer.Tokens.Count, total > 0 ? hit / total : 0);
            }
            case RougeMetric.Wlcs w:
            {
                var (hit, total) = LcsMatcher.Wlcs(model, peer, w.Weight);
                // ROUGE adds the base and the peer length raised to the weight once more at this level.
                return (hit, Math.Pow(total, w.Weight), Math.Pow(peer.Tokens.Count, w.Weight),
                    total > 0 ? Math.Pow(hit / total, 1 / w.Weight) : 0);
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(metric), metric, "unknown ROUGE measure");
        }
    }

    /// <summary>The -t 1/-t 2 variant keeps raw counts, the default keeps rounded R/P/F; with jackknifing, the
    /// topic's score is the mean over the leave-one-out model sets (rounded again, like every per-topic score).</summary>
    public static RougeScore ScoreTopic(RougeMetric metric, RougeSummary peer, IReadOnlyList<RougeSummary> models, RougeOptions options)
    {
        if (!options.Jackknife || models.Count < 2) return Score(metric, peer, models, options);
        var parts = Enumerable.Range(0, models.Count)
            .Select(left => Score(metric, peer, [.. models.Where((_, i) => i != left)], options))
            .ToList();
        return new RougeScore(
            PerlNumbers.Round5(parts.Average(s => s.Recall)),
            PerlNumbers.Round5(parts.Average(s => s.Precision)),
            PerlNumbers.Round5(parts.Average(s => s.F)),
            parts.Average(s => s.ModelCount), parts.Average(s => s.PeerCount), parts.Average(s => s.Hits));
    }
}
