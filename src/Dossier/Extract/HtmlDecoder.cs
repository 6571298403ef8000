using System.Text;

namespace Dossier.Extract;

/// <summary>
/// Bytes of an HTML file to text: a byte-order mark wins, then the charset the page declares in its
/// first bytes (meta charset / http-equiv), else UTF-8, which is what almost every page is today.
/// </summary>
public static class HtmlDecoder
{
    /// <summary>Browsers look for the meta charset in the first 1024 bytes; pages are sloppier, so look a little further.</summary>
    private const int SniffBytes = 4096;

    static HtmlDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var encoding = FromBom(bytes) ?? Declared(bytes) ?? Encoding.UTF8;
        return encoding.GetString(bytes).TrimStart('\uFEFF');
    }

    private static Encoding? FromBom(byte[] b) =>
        b is [0xEF, 0xBB, 0xBF, ..] ? Encoding.UTF8
        : b is [0xFF, 0xFE, ..] ? Encoding.Unicode
        : b is [0xFE, 0xFF, ..] ? Encoding.BigEndianUnicode
        : null;

    private static Encoding? Declared(byte[] bytes)
    {
        // The declaration itself is ASCII in every charset a web page can be in.
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, SniffBytes));
        var m = ExtractionPatterns.MetaCharset().Match(head);
        if (!m.Success) return null;
        var name = m.Groups[1].Value;
        // A page that claims UTF-16 while being read as bytes was saved as UTF-8 (the HTML standard says so too).
        if (name.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase)) return Encoding.UTF8;
        try { return Encoding.GetEncoding(name); }
        catch (ArgumentException) { return null; }
    }
}
