namespace Dossier.Model;

/// <summary>
/// An attribution: who (<see cref="Speaker"/>) said what (<see cref="Text"/>) with which cue ("said", "told reporters").
/// Direct quotes are in quotation marks; indirect ones are reported speech.
/// </summary>
public sealed record Quote(
    string ArticleId,
    int Sentence,
    string? Speaker,
    TextSpan? SpeakerSpan,
    string Cue,
    TextSpan CueSpan,
    string Text,
    TextSpan ContentSpan,
    bool Direct,
    string Rule)
{
    /// <summary>The merged entity the speaker resolves to, once entities are linked across the story.</summary>
    public string? SpeakerEntityId { get; init; }
}
