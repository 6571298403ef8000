using System.IO.Compression;
using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Ingest;

/// <summary>
/// Reads one file into raw documents, or a rejection with a coded reason. Never throws on bad input:
/// a broken file must not lose the rest of a run.
/// </summary>
public static class DocumentReader
{
    /// <summary>Files above this size are rejected rather than read (a news page is rarely above a few MB).</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    public static IngestResult Read(string path)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxFileBytes) return IngestResult.Reject(path, DossierError.TooLarge, $"{info.Length} bytes, over the {MaxFileBytes} byte limit");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return IngestResult.Reject(path, DossierError.Unreadable, e.Message);
        }
        return Read(path, bytes);
    }

    public static IngestResult Read(string path, byte[] bytes)
    {
        if (bytes.Length == 0) return IngestResult.Reject(path, DossierError.Empty, DossierError.Describe(DossierError.Empty));
        if (bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B)
        {
            if (Gunzip(bytes) is not byte[] inflated)
                return IngestResult.Reject(path, DossierError.TruncatedGzip, DossierError.Describe(DossierError.TruncatedGzip));
            bytes = inflated;
            if (bytes.Length == 0) return IngestResult.Reject(path, DossierError.Empty, "empty after gunzip");
        }
        if (TextDecoder.LooksBinary(bytes)) return IngestResult.Reject(path, DossierError.Binary, DossierError.Describe(DossierError.Binary));
        var text = TextDecoder.Decode(bytes, out _);
        if (text is null) return IngestResult.Reject(path, DossierError.Undecodable, "not valid UTF-8 and no usable charset declared");
        if (string.IsNullOrWhiteSpace(text)) return IngestResult.Reject(path, DossierError.Empty, "only whitespace");

        return FormatSniffer.Detect(path, text) switch
        {
            InputFormat.Sgml => SgmlReader.Read(path, text),
            InputFormat.JsonLines => JsonLinesReader.Read(path, text),
            var f => new IngestResult([new RawDocument(path, f, text)], []),
        };
    }

    private static byte[]? Gunzip(byte[] bytes)
    {
        try
        {
            using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int n;
            while ((n = input.Read(buffer)) > 0)
            {
                output.Write(buffer, 0, n);
                if (output.Length > MaxFileBytes) return null;
            }
            // GZipStream stops quietly at the end of truncated data; the trailer's ISIZE (length mod 2^32)
            // tells a complete stream from a cut one. (For a multi-member file it covers the last member only.)
            var isize = BitConverter.ToUInt32(bytes, bytes.Length - 4);
            return bytes.Length >= 18 && isize == (uint)(output.Length & 0xFFFFFFFF) ? output.ToArray() : null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or EndOfStreamException)
        {
            return null;
        }
    }
}
