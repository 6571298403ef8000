namespace Dossier.Entities.Tagger;

/// <summary>
/// The committed model (Entities/Models/ner.bin, embedded in the assembly), loaded once on first use.
/// Trained by `dossier train ner`; see <see cref="TwoStageTrainer"/> and <see cref="PerceptronTrainer"/>.
/// </summary>
public static class NerModel
{
    public const string ResourceName = "Dossier.Entities.Models.ner.bin";

    private static readonly Lazy<TaggerModel> Embedded = new(LoadEmbedded);

    public static TaggerModel Default => Embedded.Value;

    private static TaggerModel LoadEmbedded()
    {
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded NER model {ResourceName} is missing");
        return TaggerModel.Load(stream);
    }
}
