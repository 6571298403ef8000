using Dossier.Model;
using Dossier.Text;

namespace Dossier.Eval.QuoteEval;

/// <summary>
/// A raw text normalised as the pipeline normalises article bodies, with each normalised character's origin in the
/// raw text, so spans found on the normalised text map back to the file's own offsets (brat needs those).
/// Normalising one character (or surrogate pair) at a time keeps the map exact; the rules stay TextNormalizer's.
/// </summary>
public sealed class MappedText
{
    private readonly int[] _start;
    private readonly int[] _end;

    private MappedText(string raw, string text, int[] start, int[] end)
    {
        Raw = raw;
        Text = text;
        _start = start;
        _end = end;
    }

    public string Raw { get; }

    public string Text { get; }

    public static MappedText Create(string raw)
    {
        var sb = new System.Text.StringBuilder(raw.Length);
        var start = new List<int>(raw.Length);
        var end = new List<int>(raw.Length);
        for (var i = 0; i < raw.Length;)
        {
            var n = char.IsHighSurrogate(raw[i]) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]) ? 2 : 1;
            var piece = TextNormalizer.Normalize(raw.Substring(i, n));
            foreach (var c in piece)
            {
                sb.Append(c);
                start.Add(i);
                end.Add(i + n);
            }
            i += n;
        }
        return new MappedText(raw, sb.ToString(), [.. start], [.. end]);
    }

    /// <summary>The raw-text range a normalised range came from.</summary>
    public TextSpan ToRaw(TextSpan span)
    {
        if (_start.Length == 0) return new TextSpan(0, 0);
        if (span.Length <= 0)
        {
            var at = span.Start >= _start.Length ? Raw.Length : _start[Math.Max(0, span.Start)];
            return new TextSpan(at, at);
        }
        var s = _start[Math.Clamp(span.Start, 0, _start.Length - 1)];
        var e = _end[Math.Clamp(span.End - 1, 0, _end.Length - 1)];
        return new TextSpan(s, Math.Max(s, e));
    }

    /// <summary>The normalised range holding the characters of a raw range (for reading gold spans onto the text).</summary>
    public TextSpan FromRaw(TextSpan raw)
    {
        var s = Array.BinarySearch(_start, raw.Start);
        if (s < 0) s = ~s;
        else while (s > 0 && _start[s - 1] == raw.Start) s--;
        var e = s;
        while (e < _end.Length && _end[e] <= raw.End) e++;
        return new TextSpan(s, Math.Max(s, e));
    }
}
