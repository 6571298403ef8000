using Dossier.Model;
using Dossier.Text;

namespace Dossier.Entities;

/// <summary>What part a piece plays in a capitalised run.</summary>
internal enum PieceKind
{
    Word,
    Particle,
    Connector,
}

/// <summary>
/// The part of one token that can belong to a name: usually the whole token, but only "Iranian" of
/// "Iranian-backed" (<see cref="EndsName"/>: nothing may follow it) and only "ISIS" of "anti-ISIS"
/// (<see cref="StartsName"/>: nothing may precede it).
/// </summary>
internal sealed record NamePiece(int Token, string Text, TextSpan Span, PieceKind Kind, bool StartsName = false, bool EndsName = false)
{
    public bool IsWord => Kind == PieceKind.Word;

    public string Key => NameKey.Of(Text);

    /// <summary>The name piece of a word token, or null when the token cannot be part of a name.</summary>
    public static NamePiece? From(int index, Token token)
    {
        if (!token.IsWord) return null;
        var text = token.Text;
        if (!text.Contains('-')) return Whole(index, token);
        var parts = text.Split('-');
        var kinds = parts.Select(KindOf).ToArray();
        // "al-Assad", "Al-Assad", "Abdel-Rahman", "Port-au-Prince": capitalised (after particles) all through.
        var first = Array.FindIndex(kinds, k => k == Part.Capital);
        if (first < 0) return null;
        var lead = kinds.Take(first).All(k => k == Part.Particle);
        if (lead)
        {
            var last = first;
            while (last + 1 < parts.Length && kinds[last + 1] != Part.Lower) last++;
            if (last == parts.Length - 1) return new NamePiece(index, text, token.Span, PieceKind.Word);
            // "Ban Ki-moon", "President-elect": a lower-case tail that is not an attributive suffix stays in the name
            if (!IsAttributive(parts[last + 1])) return new NamePiece(index, text, token.Span, PieceKind.Word);
            var length = string.Join('-', parts.Take(last + 1)).Length;
            return Sub(index, token, 0, length, startsName: false, endsName: true);   // "Iranian-backed"
        }
        // "anti-ISIS", "pro-Assad": the name is the capitalised tail.
        if (kinds.Skip(first).Any(k => k == Part.Lower)) return null;
        var offset = string.Join('-', parts.Take(first)).Length + 1;
        return Sub(index, token, offset, text.Length - offset, startsName: true, endsName: false);
    }

    private static NamePiece? Whole(int index, Token token)
    {
        var text = token.Text;
        if (EntityVocabulary.Particles.Contains(text) && char.IsLower(text[0])) return new NamePiece(index, text, token.Span, PieceKind.Particle);
        if (!token.IsCapitalized) return Gazetteer.LowerCaseForms.Contains(text) ? new NamePiece(index, text, token.Span, PieceKind.Word) : null;
        if (IsNeverName(text)) return null;
        return new NamePiece(index, text, token.Span, PieceKind.Word);
    }

    private static NamePiece Sub(int index, Token token, int offset, int length, bool startsName, bool endsName) =>
        new(index, token.Text.Substring(offset, length), new TextSpan(token.Span.Start + offset, token.Span.Start + offset + length),
            PieceKind.Word, startsName, endsName);

    /// <summary>Dates, pronouns and capitalised stopwords are not names (acronyms such as "US" and "IS" may be).</summary>
    private static bool IsNeverName(string text)
    {
        var bare = text.TrimEnd('.');
        if (EntityVocabulary.NeverNames.Contains(bare)) return true;
        if (Months.ByName.ContainsKey(bare) || Months.Weekdays.ContainsKey(bare)) return true;
        return !(bare.Length > 1 && SentenceView.IsShouted(bare)) && Stopwords.Contains(bare);
    }

    /// <summary>
    /// A capitalised stopword inside a name ("Peter Such"): only ever taken to continue a run, never to start one,
    /// and never the small words a title-case line capitalises ("Hands Of Stone").
    /// </summary>
    public static NamePiece? ContinuingStopword(int index, Token token) =>
        token.IsWord && token.IsCapitalized && !SentenceView.IsShouted(token.Text) && Stopwords.Contains(token.Text)
        && !EntityVocabulary.TitleCaseSmallWords.Contains(token.Text) && !EntityVocabulary.NeverNames.Contains(token.Text)
            ? new NamePiece(index, token.Text, token.Span, PieceKind.Word)
            : null;

    /// <summary>A word in capitals longer than an acronym ("WORLD", "TACTICS"): a name only if something vouches for it.</summary>
    public bool IsShoutedWord => Text.Count(char.IsLetter) > 4 && SentenceView.IsShouted(Text);

    private enum Part
    {
        Capital,
        Particle,
        Lower,
    }

    /// <summary>"-backed", "-led", "-based", "-era": the name before it is used as a modifier.</summary>
    private static bool IsAttributive(string tail) =>
        tail.EndsWith("ed", StringComparison.Ordinal) || EntityVocabulary.AttributiveSuffixes.Contains(tail);

    private static Part KindOf(string part) =>
        part.Length == 0 || EntityVocabulary.LowerPrefixes.Contains(part) ? Part.Lower
        : EntityVocabulary.Particles.Contains(part) && char.IsLower(part[0]) ? Part.Particle
        : char.IsUpper(part[0]) ? Part.Capital
        : Part.Lower;
}
