namespace Dossier.Clean;

/// <summary>Cheap tests on the shape of a line that the cleaner and the fragment splitter share.</summary>
internal static class LineShape
{
    public static int Words(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Ends like a finished sentence: terminal punctuation, possibly inside closing quotes or brackets.</summary>
    public static bool EndsSentence(string line)
    {
        var s = line.TrimEnd().TrimEnd('"', '\'', ')', ']');
        return s.Length > 0 && s[^1] is '.' or '!' or '?' or ':';
    }

    /// <summary>A paragraph of running text: ends like a sentence and is long enough to be body, not furniture.</summary>
    public static bool IsBody(string line) => EndsSentence(line) && Words(line) >= 12;

    /// <summary>Could be a headline: a handful of words, not ending like a sentence.</summary>
    public static bool IsHeadlineLike(string line)
    {
        var w = Words(line);
        return w is >= 2 and <= 30 && !line.TrimEnd().EndsWith('.') && char.IsLetterOrDigit(line.TrimStart('"', '\'')[0]);
    }
}
