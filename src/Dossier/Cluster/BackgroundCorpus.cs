using System.Text.Json;

namespace Dossier.Cluster;

/// <summary>
/// The unlabeled news that <see cref="BackgroundFrequencies"/> are counted on, read from the benchmark folder
/// (../shared/eval): Timeline17's articles (2,838, 2009-2013), PolNeAR's train and dev articles (924, 2016) and the
/// CoNLL-2003 training documents (946 Reuters stories, 1996). ECB+ and DUC 2006 are left out: they are what clustering
/// is measured on.
/// </summary>
public static class BackgroundCorpus
{
    public static IEnumerable<string> Texts(string evalDir)
    {
        var timeline = Path.Combine(evalDir, "timeline17");
        if (Directory.Exists(timeline))
            foreach (var dir in Directory.GetDirectories(timeline).Order(StringComparer.Ordinal))
            {
                var file = Path.Combine(dir, "articles.json");
                if (!File.Exists(file)) continue;
                using var json = JsonDocument.Parse(File.ReadAllText(file));
                foreach (var a in json.RootElement.EnumerateArray())
                    if (a.TryGetProperty("text", out var t) && t.GetString() is string text) yield return text;
            }
        foreach (var split in new[] { "train", "dev" })
        {
            var dir = Path.Combine(evalDir, "polnear", split, "text");
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.GetFiles(dir).Order(StringComparer.Ordinal)) yield return File.ReadAllText(file);
        }
        var conll = Path.Combine(evalDir, "conll2003", "train.txt");
        if (!File.Exists(conll)) yield break;
        var words = new List<string>();
        foreach (var line in File.ReadLines(conll))
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                if (words.Count > 0) yield return string.Join(' ', words);
                words.Clear();
            }
            else if (line.Length > 0)
            {
                var space = line.IndexOf(' ', StringComparison.Ordinal);
                words.Add(space > 0 ? line[..space] : line);
            }
        }
        if (words.Count > 0) yield return string.Join(' ', words);
    }
}
