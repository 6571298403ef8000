namespace Dossier.Eval.Rouge;

/// <summary>
/// ROUGE-1.5.5's -l (words) and -b (bytes) cut-offs, applied to the sentences as read, before clean-up: words are
/// counted with Perl's split on whitespace, bytes as characters of the Latin-1 text. Two versions, because ROUGE
/// has two: one joins the text for n-gram and skip-bigram counts (readText), the other keeps sentences for LCS
/// (readText_LCS), and the latter's byte cut-off never adds up lengths, so each sentence is checked on its own.
/// </summary>
internal static class RougeLengthLimit
{
    /// <summary>readText: the sentences joined and cut; null when nothing is left (ROUGE's undefined text).</summary>
    public static string? Joined(IReadOnlyList<string> sentences, int words, int bytes)
    {
        if (words == 0 && bytes == 0) return PerlText.Clean(string.Join(' ', sentences));
        var text = new System.Text.StringBuilder();
        var length = 0;
        foreach (var s in sentences)
        {
            if (words != 0)
            {
                var tokens = PerlText.SplitOnWhitespace(s);
                if (length + tokens.Count < words)
                {
                    if (length != 0) text.Append(' ');
                    text.Append(s);
                    length += tokens.Count;
                    continue;
                }
                if (length > 0) text.Append(' ');
                text.Append(string.Join(' ', Slice(tokens, words - length)));
                break;
            }
            if (length + s.Length < bytes)
            {
                if (length != 0) text.Append(' ');
                text.Append(s);
                length += s.Length;
                continue;
            }
            if (length > 0) text.Append(' ');
            text.Append(s[..Math.Min(s.Length, Math.Max(0, bytes - length))]);
            break;
        }
        return text.Length > 0 ? PerlText.Clean(text.ToString()) : null;
    }

    /// <summary>readText_LCS: the sentences kept (the last one cut), each cleaned.</summary>
    public static IReadOnlyList<string> Sentences(IReadOnlyList<string> sentences, int words, int bytes)
    {
        var kept = new List<string>();
        if (words == 0 && bytes == 0) kept.AddRange(sentences);
        else if (words != 0)
        {
            var length = 0;
            foreach (var s in sentences)
            {
                var tokens = PerlText.SplitOnWhitespace(s);
                if (length + tokens.Count < words) { length += tokens.Count; kept.Add(s); continue; }
                kept.Add(string.Join(' ', Slice(tokens, words - length)));
                break;
            }
        }
        else
        {
            // ROUGE never adds to the running length here, so every sentence is measured alone.
            foreach (var s in sentences)
            {
                if (s.Length < bytes) { kept.Add(s); continue; }
                kept.Add(s[..Math.Min(s.Length, bytes)]);
                break;
            }
        }
        return [.. kept.Select(PerlText.Clean)];
    }

    /// <summary>Perl's <c>@tokens[0..n-1]</c>: indexes past the end give empty strings.</summary>
    private static IEnumerable<string> Slice(List<string> tokens, int n)
    {
        for (var i = 0; i < n; i++) yield return i < tokens.Count ? tokens[i] : "";
    }
}
