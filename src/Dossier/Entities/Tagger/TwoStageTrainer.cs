namespace Dossier.Entities.Tagger;

/// <summary>
/// Two-stage prediction aggregation (Krishnan and Manning 2006; Ratinov and Roth 2009): a first model tags each
/// document alone, a second also reads what the first called each word elsewhere in the document. The second must
/// learn from first-stage labels as wrong as they will be on new text, not from a model that has seen the very
/// documents, so its training labels come from jackknifing: each fold of the documents is tagged by a first-stage
/// model trained on the other folds.
/// </summary>
public static class TwoStageTrainer
{
    public static TaggerModel Train(WordClusters clusters, IReadOnlyList<ConllDocument> docs, int epochs, int[] seeds, int folds,
        Action<string>? log = null)
    {
        var first = PerceptronTrainer.TrainMixed(clusters, docs, epochs, seeds);
        log?.Invoke("first stage trained");
        var firstPass = new int[docs.Count][][];
        for (var fold = 0; fold < folds; fold++)
        {
            var rest = docs.Where((_, i) => i % folds != fold).ToList();
            var model = new PerceptronTrainer(clusters).Train(rest, epochs, seeds[0] + 100 + fold);
            var decoder = new ViterbiDecoder(model);
            for (var i = fold; i < docs.Count; i += folds)
                firstPass[i] = decoder.Tag([.. docs[i].Sentences.Where(s => !s.IsDocStart).Select(s => s.Words)]);
            log?.Invoke($"jackknife fold {fold + 1}/{folds} tagged");
        }
        var second = PerceptronTrainer.TrainMixed(clusters, docs, epochs, seeds, firstPass: firstPass);
        log?.Invoke("second stage trained");
        return first.WithSecond(second);
    }
}
