namespace Dossier.Eval.QuoteEval;

/// <summary>One attribution relation as PolNeAR annotates it: any role may be absent (most often the source).</summary>
public sealed record BratAttribution(BratSpan? Source, BratSpan? Cue, BratSpan? Content)
{
    public BratSpan? Role(QuoteRole role) => role switch
    {
        QuoteRole.Source => Source,
        QuoteRole.Cue => Cue,
        _ => Content,
    };

    public BratAttribution Trim(string text) => new(Clean(Source, text), Clean(Cue, text), Clean(Content, text));

    private static BratSpan? Clean(BratSpan? s, string text) => s?.Trim(text) is { IsEmpty: false } t ? t : null;
}

/// <summary>The three roles of an attribution.</summary>
public enum QuoteRole
{
    Source,
    Cue,
    Content,
}
