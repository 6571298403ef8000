namespace Dossier.Eval.Rouge;

/// <summary>
/// The Perl string operations ROUGE-1.5.5's text handling rests on, with Perl's meaning. ROUGE reads files as
/// bytes, so a file is decoded as Latin-1 (one char a byte) and every non-ASCII byte is a non-alphanumeric
/// character; Perl's <c>\s</c> on such strings is ASCII whitespace only (not U+0085 or U+00A0 as in .NET).
/// </summary>
internal static class PerlText
{
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';

    /// <summary><c>split(/\s+/, s)</c>: a leading empty field when s starts with whitespace, trailing empty fields
    /// dropped. ROUGE counts words for -l with it, so " a b" is three words.</summary>
    public static List<string> SplitOnWhitespace(string s)
    {
        var fields = new List<string>();
        var i = 0;
        var start = 0;
        while (i < s.Length)
        {
            if (IsSpace(s[i]))
            {
                var end = i;
                while (i < s.Length && IsSpace(s[i])) i++;
                fields.Add(s[start..end]);
                start = i;
            }
            else i++;
        }
        fields.Add(s[start..]);
        while (fields.Count > 0 && fields[^1].Length == 0) fields.RemoveAt(fields.Count - 1);
        return fields;
    }

    /// <summary><c>tr/A-Z/a-z/</c>: ASCII letters only.</summary>
    public static string LowerAscii(string s) =>
        string.Create(s.Length, s, static (span, src) =>
        {
            for (var i = 0; i < src.Length; i++) span[i] = src[i] is >= 'A' and <= 'Z' ? (char)(src[i] + 32) : src[i];
        });

    /// <summary>ROUGE's clean-up before tokenising: "-" set apart, everything but letters, digits and "-" made a
    /// space, then whitespace trimmed and collapsed to single spaces.</summary>
    public static string Clean(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c == '-') sb.Append(" - ");
            else if (c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9')) sb.Append(c);
            else sb.Append(' ');
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
