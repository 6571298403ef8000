using System.Text;

namespace Dossier.Eval.QuoteEval;

/// <summary>
/// Brat offsets count Unicode code points (the tool is Python); .NET strings count UTF-16 units.
/// They differ only after a character outside the BMP (an emoji), so the maps are identities for most texts.
/// </summary>
public sealed class CodePoints
{
    private readonly int[] _toUtf16;   // code point index → UTF-16 index (one past the end included)
    private readonly int[] _toCodePoint;   // UTF-16 index → code point index

    public CodePoints(string text)
    {
        var utf16 = new List<int>(text.Length + 1);
        _toCodePoint = new int[text.Length + 1];
        var cp = 0;
        for (var i = 0; i < text.Length; i++)
        {
            _toCodePoint[i] = cp;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                utf16.Add(i);
                _toCodePoint[++i] = cp;
            }
            else utf16.Add(i);
            cp++;
        }
        utf16.Add(text.Length);
        _toCodePoint[text.Length] = cp;
        _toUtf16 = [.. utf16];
    }

    public int ToUtf16(int codePoint) => _toUtf16[Math.Clamp(codePoint, 0, _toUtf16.Length - 1)];

    public int ToCodePoint(int utf16) => _toCodePoint[Math.Clamp(utf16, 0, _toCodePoint.Length - 1)];

    /// <summary>Reads a file as brat's annotators saw it: UTF-8, BOM dropped.</summary>
    public static string ReadText(string path) => File.ReadAllText(path, new UTF8Encoding(false));
}
