using Dossier.Pipeline;

namespace Dossier.Bench;

/// <summary>The distinct sentences of one real topic's articles: what generated articles on that topic are made of.</summary>
public sealed record Topic(string Name, string[] Sentences);

/// <summary>
/// Reads real news sentences from the benchmarks in ../shared/eval: each DUC 2006 topic folder (25 articles on one
/// story) and each Timeline17 topic (hundreds of articles on one story) is a topic. Articles go through the
/// pipeline's own reading and cleaning, so the sentences are what Dossier would see.
/// </summary>
public static class TopicPool
{
    /// <summary>Sentences of 6–60 words: shorter ones are datelines and captions, longer ones run-on crawl debris.</summary>
    private const int MinWords = 6, MaxWords = 60;

    public static IReadOnlyList<Topic> Load(string evalDir, int maxTopics = int.MaxValue)
    {
        var sources = new List<(string Name, string[] Files)>();
        var duc = Path.Combine(evalDir, "duc2006", "docs");
        if (Directory.Exists(duc))
            foreach (var d in Directory.GetDirectories(duc).Order(StringComparer.Ordinal))
                sources.Add(("duc2006/" + Path.GetFileName(d), [.. Directory.GetFiles(d).Order(StringComparer.Ordinal)]));
        var tl = Path.Combine(evalDir, "timeline17");
        if (Directory.Exists(tl))
            foreach (var d in Directory.GetDirectories(tl).Order(StringComparer.Ordinal))
                if (File.Exists(Path.Combine(d, "articles.json")))
                    sources.Add(("timeline17/" + Path.GetFileName(d), [Path.Combine(d, "articles.json")]));

        var pipeline = new DossierPipeline();
        var topics = new List<Topic>();
        foreach (var (name, files) in sources.Take(maxTopics))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var sentences = new List<string>();
            foreach (var f in files)
                foreach (var a in pipeline.ReadFile(f).Articles)
                    foreach (var s in a.Sentences)
                    {
                        var text = string.Join(' ', s.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                        var words = text.Count(c => c == ' ') + 1;
                        if (words is >= MinWords and <= MaxWords && seen.Add(text)) sentences.Add(text);
                    }
            if (sentences.Count >= 50) topics.Add(new Topic(name, [.. sentences]));
        }
        return topics;
    }
}
