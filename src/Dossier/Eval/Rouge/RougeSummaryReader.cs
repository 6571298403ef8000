using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.Eval.Rouge;

/// <summary>
/// Reads a summary file into its sentences as ROUGE-1.5.5 does: by format (SEE, SPL, ISI), lower-casing A–Z only,
/// bytes as Latin-1 characters. A SEE line whose text holds a "&lt;" keeps only what comes before it, as in ROUGE.
/// </summary>
public static class RougeSummaryReader
{
    private static readonly Regex SeeLine = new(
        "^<a (?:size=\"[0-9]+\" )?name=\"[0-9]+\">\\[([0-9]+)\\]</a>[\\t\\n\\v\\f\\r ]+<a href=\"#[0-9]+\" id=[0-9]+>([^<]+)",
        RegexOptions.CultureInvariant);
    private static readonly Regex IsiLine = new("^<S SNTNO=\"[0-9a-z,]+\">([^<]+)</S>", RegexOptions.CultureInvariant);

    /// <summary>The file's sentences, lower-cased as ROUGE lower-cases them.</summary>
    public static IReadOnlyList<string> ReadSentences(string path, RougeInputFormat format) =>
        Parse(File.ReadAllText(path, Encoding.Latin1), format);

    /// <summary>Sentences of a summary already in memory, in the given format (SPL: one sentence a line).</summary>
    public static IReadOnlyList<string> Parse(string content, RougeInputFormat format)
    {
        var sentences = new List<string>();
        foreach (var line in PerlLines(content))
        {
            switch (format)
            {
                case RougeInputFormat.See:
                    if (SeeLine.Match(line) is { Success: true } see) sentences.Add(PerlText.LowerAscii(see.Groups[2].Value));
                    break;
                case RougeInputFormat.Isi:
                    if (IsiLine.Match(line) is { Success: true } isi) sentences.Add(PerlText.LowerAscii(isi.Groups[1].Value));
                    break;
                default:
                    // chomp, then any non-empty line is a sentence (ROUGE-1.5.5 no longer trims it).
                    var text = line.EndsWith('\n') ? line[..^1] : line;
                    if (text.Length > 0) sentences.Add(PerlText.LowerAscii(text));
                    break;
            }
        }
        return sentences;
    }

    /// <summary>Lines as Perl's &lt;FH&gt; gives them: each with its "\n", the last one possibly without.</summary>
    private static IEnumerable<string> PerlLines(string content)
    {
        var start = 0;
        while (start < content.Length)
        {
            var nl = content.IndexOf('\n', start);
            if (nl < 0) { yield return content[start..]; yield break; }
            yield return content[start..(nl + 1)];
            start = nl + 1;
        }
    }
}
