using System.Text.RegularExpressions;
using Dossier.Text;

namespace Dossier.Entities.Tagger;

/// <summary>
/// Unlabeled news for learning word clusters: every text file of the benchmark folders in ../shared/eval
/// (DUC, Timeline17, PolNeAR, ECB+) plus the CoNLL training words, as tokenised lines. Markup is dropped; JSON keys
/// and SGML leftovers are a little noise the clusters absorb. CoNLL valid is left out, as it is what we measure on.
/// </summary>
public static partial class UnlabeledText
{
    private static readonly string[] Folders = ["duc2006/docs", "timeline17", "polnear/train/text", "polnear/dev/text", "ecbplus/docs"];

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Markup();

    public static IEnumerable<string[]> Lines(string evalDir, IEnumerable<ConllDocument> training)
    {
        foreach (var doc in training)
            foreach (var s in doc.Sentences.Where(s => !s.IsDocStart)) yield return s.Words;
        foreach (var folder in Folders)
        {
            var dir = Path.Combine(evalDir, folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (file.EndsWith(".gz", StringComparison.Ordinal)) continue;
                var text = Markup().Replace(File.ReadAllText(file).Replace("\\n", "\n", StringComparison.Ordinal), " ");
                foreach (var line in text.Split('\n'))
                {
                    if (line.Length == 0) continue;
                    var tokens = Tokenizer.Tokenize(line);
                    if (tokens.Length > 0) yield return [.. tokens.Select(t => t.Text)];
                }
            }
        }
    }
}
