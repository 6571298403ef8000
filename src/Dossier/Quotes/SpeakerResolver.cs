using Dossier.Model;
using L = Dossier.Quotes.QuoteLexicon;

namespace Dossier.Quotes;

/// <summary>A resolved speaker: the display name (null when a pronoun could not be resolved) and whether it is a person.</summary>
internal sealed record ResolvedSpeaker(string? Name, bool IsPerson);

/// <summary>
/// Turns speaker words into a name. Names become their fullest form in the article; "he"/"she" become the
/// speaker of a recent attribution, else the subject or last person named in the sentences before; roles
/// ("the minister") become the last person named with that title. Attributions must be resolved in text order,
/// because pronouns lean on the speakers already resolved.
/// </summary>
internal sealed class SpeakerResolver(QuoteContext c, NameIndex index)
{
    private const int SentencesBack = 4;

    private readonly List<(int Position, ResolvedSpeaker Speaker)> _history = [];

    public ResolvedSpeaker Resolve(SpeakerPhrase? phrase)
    {
        if (phrase is null) return new ResolvedSpeaker(null, false);
        var resolved = phrase.Kind switch
        {
            SpeakerKind.Pronoun => L.ResolvablePronouns.Contains(phrase.Head) ? Antecedent(phrase.Span.Start, phrase.Head == "she" ? 'f' : 'm') : new ResolvedSpeaker(null, false),
            SpeakerKind.Role => ResolveRole(phrase),
            _ => ResolveName(phrase),
        };
        if (string.IsNullOrWhiteSpace(resolved.Name)) resolved = new ResolvedSpeaker(null, false);
        _history.Add((phrase.Span.Start, resolved));
        return resolved;
    }

    private ResolvedSpeaker ResolveName(SpeakerPhrase phrase)
    {
        var written = c.Slice(phrase.NameSpan ?? phrase.Span);
        // the recogniser's person mention over the same words knows the name's extent better than capitalisation does
        var mention = c.Mentions.FirstOrDefault(m => m.Type == EntityType.Person && !m.IsRole && m.ArticleId == c.Article.Id && m.Span.Overlaps(phrase.Span));
        if (mention is not null) written = mention.Text;
        return index.Find(written) is { } p ? new ResolvedSpeaker(p.Display, true) : new ResolvedSpeaker(NameWords.Display(written), false);
    }

    private ResolvedSpeaker ResolveRole(SpeakerPhrase phrase)
    {
        if (index.ByTitle(phrase.Head, phrase.Span.Start) is { } p) return new ResolvedSpeaker(p.Display, true);
        var role = c.Mentions.FirstOrDefault(m => m.IsRole && m.ArticleId == c.Article.Id && m.Span.Overlaps(phrase.Span));
        return new ResolvedSpeaker(NameWords.Display(role?.Text ?? c.Slice(phrase.Span)), false);
    }

    // a two-word name acting as a sentence's subject ("Mary Major met the envoy") is taken for a person
    private static bool LooksLikePerson(string? name) =>
        name is not null && NameWords.Key(name).Length is >= 2 and <= 4 && !NameWords.HasOrgWord(name);

    /// <summary>
    /// Going back sentence by sentence from the pronoun: the person speaking in an earlier attribution, else the
    /// sentence's subject, else the last person it names (outside quotations).
    /// </summary>
    private ResolvedSpeaker Antecedent(int position, char gender)
    {
        bool Agrees(string? name) => name is null || index.Find(name)?.Gender is not { } g || g == gender;

        if (c.Sentences.Length == 0) return new ResolvedSpeaker(null, false);
        var s0 = c.SentenceOfOffset(position);
        for (var s = s0; s >= 0 && s >= s0 - SentencesBack; s--)
        {
            var span = c.Sentences[s].Span;
            var end = Math.Min(span.End, position);
            var spoke = _history.LastOrDefault(h => h.Position >= span.Start && h.Position < end && h.Speaker.IsPerson && Agrees(h.Speaker.Name));
            if (spoke.Speaker is not null) return spoke.Speaker;
            var subject = PhraseReader.SubjectBefore(c, s, Math.Min(c.SentenceEndToken(s), c.TokenAt(end)));
            if (subject is { Kind: SpeakerKind.Name } && ResolveName(subject) is { } named && (named.IsPerson || LooksLikePerson(named.Name)) && Agrees(named.Name))
                return named with { IsPerson = true };
            var last = index.Occurrences.LastOrDefault(o => o.Span.Start >= span.Start && o.Span.End <= end && Agrees(o.Person.Display));
            if (last is not null) return new ResolvedSpeaker(last.Person.Display, true);
        }
        var before = index.Occurrences.LastOrDefault(o => o.Span.End <= position && Agrees(o.Person.Display));
        return before is null ? new ResolvedSpeaker(null, false) : new ResolvedSpeaker(before.Person.Display, true);
    }
}
