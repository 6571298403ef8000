namespace Dossier.Model;

/// <summary>What a token is made of; lets stages skip punctuation without re-inspecting characters.</summary>
public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Quote,
}

/// <summary>A token with its span in the article text.</summary>
public sealed record Token(string Text, TextSpan Span, TokenKind Kind)
{
    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>True when the first character is an upper-case letter.</summary>
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
}
