using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>What kind of words name the speaker; decides how the speaker is resolved.</summary>
internal enum SpeakerKind
{
    /// <summary>A proper name ("Mr. al-Moallem"); <see cref="SpeakerPhrase.NameSpan"/> holds the name without titles.</summary>
    Name,

    /// <summary>A pronoun ("he"), resolved to a preceding person.</summary>
    Pronoun,

    /// <summary>A description ("the minister", "the statement", "Russian officials").</summary>
    Role,
}

/// <summary>
/// The words naming a speaker: the whole phrase, the name inside it when there is one, and the head word
/// a role is matched on ("minister" in "the Syrian minister of foreign affairs").
/// </summary>
internal sealed record SpeakerPhrase(TextSpan Span, SpeakerKind Kind, TextSpan? NameSpan, string Head)
{
    /// <summary>The source span the tagger marked, when it did; reported in place of the rules' name span.</summary>
    public TextSpan? Tagged { get; init; }

    /// <summary>The span reported as <see cref="Quote.SpeakerSpan"/>: the tagged source, else the name as written, else the whole phrase.</summary>
    public TextSpan Reported => Tagged ?? NameSpan ?? Span;
}

/// <summary>A cue: the reporting words ("said", "told reporters", "according to") and their token range.</summary>
internal sealed record Cue(int FirstToken, int LastToken, TextSpan Span, string Text)
{
    /// <summary>The indexes of the cue's tokens, first to last.</summary>
    public IEnumerable<int> Tokens => Enumerable.Range(FirstToken, LastToken - FirstToken + 1);
}

/// <summary>Who said it and with which cue, as one sieve found it.</summary>
internal sealed record Attribution(SpeakerPhrase? Speaker, Cue Cue, string Rule);

/// <summary>An attributed passage before its speaker is resolved.</summary>
/// <remarks><paramref name="Learned"/> spans come from the taggers, trained on the corpus's own span edges, so the rule
/// sieves' edge conventions are not applied to them.</remarks>
internal sealed record Candidate(TextSpan Content, bool Direct, Attribution Attribution, string Rule, QuotedSpan? Quote = null, bool Learned = false, bool RuleContent = false, TextSpan? TaggedContent = null);
