using System.Collections.Immutable;
using Dossier.Text;

namespace Dossier.Clean;

/// <summary>A run of paragraphs that forms one article, and whether the crawler cut it off mid-sentence.</summary>
public sealed record Fragment(ImmutableArray<string> Paragraphs, bool Truncated);

/// <summary>
/// Splits a crawled text that glues unrelated pieces together (an article followed by teasers of other
/// stories, each cut off mid-sentence). A paragraph that stops mid-sentence ends its piece; if it also
/// shares almost no content words with the piece before it, it is a glued-on piece of its own.
/// Pieces are never split on topic alone: a real article may change subject between paragraphs.
/// </summary>
public static class FragmentSplitter
{
    /// <summary>Cosine similarity (stemmed content words) under which a cut-off paragraph is foreign to the text before it.
    /// Set by hand on the seeds (binary stemmed words): 000's teasers score 0.03–0.07 against the Assad piece.</summary>
    public const double ForeignBelow = 0.08;

    public static ImmutableArray<Fragment> Split(IReadOnlyList<string> paragraphs)
    {
        var pieces = ImmutableArray.CreateBuilder<Fragment>();
        var current = new List<string>();
        foreach (var p in paragraphs)
        {
            var cut = IsCutOff(p);
            if (cut && current.Count > 0 && Similarity(current, p) < ForeignBelow)
            {
                pieces.Add(new Fragment([.. current], false));
                current = [];
            }
            current.Add(p);
            if (cut)
            {
                pieces.Add(new Fragment([.. current], true));
                current = [];
            }
        }
        if (current.Count > 0) pieces.Add(new Fragment([.. current], false));
        return pieces.ToImmutable();
    }

    /// <summary>Running text that stops without finishing its sentence (headings and short lines excluded).</summary>
    internal static bool IsCutOff(string paragraph) =>
        !LineShape.EndsSentence(paragraph) && LineShape.Words(paragraph) >= 25 && paragraph.Contains(". ", StringComparison.Ordinal);

    private static double Similarity(IEnumerable<string> before, string p)
    {
        var a = Bag(string.Join(' ', before));
        var b = Bag(p);
        double dot = 0, na = 0, nb = 0;
        foreach (var (k, v) in a) { na += v * v; if (b.TryGetValue(k, out var w)) dot += v * w; }
        foreach (var v in b.Values) nb += v * v;
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    /// <summary>Words every news piece uses, whatever it is about.</summary>
    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "told", "tell", "added", "according", "reported", "statement", "also", "would", "could", "yesterday", "today",
    };

    private static Dictionary<string, double> Bag(string text)
    {
        var bag = new Dictionary<string, double>();
        foreach (var t in Tokenizer.Tokenize(text))
        {
            if (!t.IsWord || t.Text.Length < 3 || Stopwords.Contains(t.Text) || ReportingVerbs.Contains(t.Text)) continue;
            bag[Stemmer.Stem(t.Text)] = 1;   // presence, not counts: a long piece must not win on one repeated word
        }
        return bag;
    }
}
