using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Dossier.Model;

namespace Dossier.Text;

/// <summary>
/// Word tokenizer over normalised text. Keeps "al-Assad", "U.S.", "Mr.", "1.43", "250,000" and "8:10" whole;
/// splits the possessive "'s" and "n't" off, so "Assad's" yields "Assad" + "'s".
/// </summary>
public static partial class Tokenizer
{
    [GeneratedRegex(@"(?:\p{L}\.){2,}|\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?|\p{L}[\p{L}\p{M}\d]*(?:[-']\p{L}[\p{L}\p{M}\d]*)*|""|'|\S", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    public static ImmutableArray<Token> Tokenize(string text) => Tokenize(text, new TextSpan(0, text.Length));

    public static ImmutableArray<Token> Tokenize(string text, TextSpan within)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        foreach (Match m in TokenPattern().Matches(text.Substring(within.Start, within.Length)))
        {
            var start = within.Start + m.Index;
            var value = m.Value;
            var end = start + value.Length;
            if (char.IsLetter(value[0]))
            {
                // "Mr." keeps its period: the splitter and NER both treat it as one word.
                if (end < text.Length && text[end] == '.' && Abbreviations.NonTerminal.Contains(value))
                {
                    tokens.Add(new Token(value + ".", new TextSpan(start, end + 1), TokenKind.Word));
                    continue;
                }
                if (SplitClitic(value) is int cut && cut > 0)
                {
                    tokens.Add(new Token(value[..cut], new TextSpan(start, start + cut), TokenKind.Word));
                    tokens.Add(new Token(value[cut..], new TextSpan(start + cut, end), TokenKind.Word));
                    continue;
                }
                tokens.Add(new Token(value, new TextSpan(start, end), TokenKind.Word));
            }
            else if (char.IsDigit(value[0]))
            {
                tokens.Add(new Token(value, new TextSpan(start, end), TokenKind.Number));
            }
            else
            {
                // a period right after a token already consumed (e.g. "Mr.") was merged above
                if (tokens.Count > 0 && tokens[^1].Span.End > start) continue;
                var kind = value is "\"" or "'" ? TokenKind.Quote : TokenKind.Punctuation;
                tokens.Add(new Token(value, new TextSpan(start, end), kind));
            }
        }
        return tokens.ToImmutable();
    }

    private static int? SplitClitic(string w)
    {
        if (w.EndsWith("'s", StringComparison.OrdinalIgnoreCase) && w.Length > 2) return w.Length - 2;
        if (w.EndsWith("n't", StringComparison.OrdinalIgnoreCase) && w.Length > 3) return w.Length - 3;
        if (w.EndsWith("'re", StringComparison.OrdinalIgnoreCase) || w.EndsWith("'ve", StringComparison.OrdinalIgnoreCase) || w.EndsWith("'ll", StringComparison.OrdinalIgnoreCase))
            return w.Length > 3 ? w.Length - 3 : null;
        return null;
    }
}
