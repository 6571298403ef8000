using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.Ingest;

/// <summary>
/// Turns bytes into text: BOMs first, then strict UTF-8, then a charset the HTML declares, then
/// Windows-1252 when the bytes look like 8-bit text. Anything else is undecodable rather than mojibake.
/// </summary>
public static partial class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    /// <summary>True when the bytes look like a binary file (NULs or many control bytes in the first 8 KiB).</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (HasUtf16Bom(bytes)) return false;
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        var controls = 0;
        foreach (var b in head)
        {
            if (b == 0) return true;
            if (b < 32 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 12)) controls++;
        }
        return head.Length > 0 && controls > head.Length / 20;
    }

    public static string? Decode(byte[] bytes, out string? note)
    {
        note = null;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return TryStrict(new UTF8Encoding(false, true), bytes, 3);
        if (HasUtf16Bom(bytes))
            return TryStrict(bytes[0] == 0xFF ? new UnicodeEncoding(false, false, true) : new UnicodeEncoding(true, false, true), bytes, 2);
        if (TryStrict(new UTF8Encoding(false, true), bytes, 0) is string utf8) return utf8;

        var ascii = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var m = MetaCharset().Match(ascii);
        // A page that declares UTF-8 but is not valid UTF-8 (strict decoding failed above) is almost always
        // Windows-1252 mislabelled; decoding it as declared would turn every accented letter into U+FFFD.
        if (m.Success && !m.Groups[1].Value.Replace("-", "").Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                note = "decoded as declared charset " + m.Groups[1].Value;
                return Encoding.GetEncoding(m.Groups[1].Value).GetString(bytes);
            }
            catch (ArgumentException) { /* unknown charset name: fall through */ }
        }
        // 8-bit text: mostly ASCII with some high bytes. Random bytes fail this.
        var high = bytes.Count(b => b >= 0x80);
        if (high * 10.0 < bytes.Length)
        {
            note = "not UTF-8; decoded as Windows-1252";
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
        return null;
    }

    private static bool HasUtf16Bom(ReadOnlySpan<byte> b) =>
        b.Length >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF));

    private static string? TryStrict(Encoding e, byte[] bytes, int offset)
    {
        try { return e.GetString(bytes, offset, bytes.Length - offset); }
        catch (DecoderFallbackException) { return null; }
    }
}
