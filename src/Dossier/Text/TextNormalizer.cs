using System.Text;

namespace Dossier.Text;

/// <summary>
/// Unicode clean-up applied to every article body before any stage reads it, so that offsets, hashes
/// and patterns all see one spelling: curly quotes become straight, dash variants become '-' (the em dash
/// stays, it marks an aside), non-breaking and zero-width spaces go, ellipsis becomes "...".
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var s = text.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            switch (c)
            {
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033':
                    sb.Append('"');
                    break;
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4' or '`':
                    sb.Append('\'');
                    break;
                case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2212':
                    sb.Append('-');
                    break;
                case '\u2015':
                    sb.Append('\u2014');
                    break;
                case '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or '\u3000' or '\t':
                    sb.Append(' ');
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD':
                    break;
                case '\u2026':
                    sb.Append("...");
                    break;
                case '\r':
                    break;
                case '\u2028' or '\u2029' or '\u0085':
                    sb.Append('\n');
                    break;
                default:
                    if (!char.IsControl(c) || c == '\n') sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// The key content hashes are computed on: normalised, lower-cased, every whitespace run one space.
    /// Two files that differ only in layout or quote style get the same key.
    /// </summary>
    public static string ContentKey(string text)
    {
        var s = Normalize(text);
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>A short stable id (16 hex digits of SHA-256) of a text's <see cref="ContentKey"/>.</summary>
    public static string ContentHash(string text)
    {
        var bytes = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(ContentKey(text)));
        return Convert.ToHexStringLower(bytes)[..16];
    }
}
