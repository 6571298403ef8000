using System.Collections.Frozen;
using Dossier.Text;

namespace Dossier.Timeline;

/// <summary>
/// A sentence as a bag of stemmed content words (date words left out), for telling whether two sentences say the same thing.
/// Stopwords and punctuation are dropped so that wording differences between outlets matter less than content.
/// </summary>
internal sealed class StemBag
{
    private readonly FrozenDictionary<string, int> counts;
    private readonly double norm;

    public StemBag(string text)
    {
        var c = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = 0;
        foreach (var t in Tokenizer.Tokenize(text))
        {
            if (t.Kind is not (Model.TokenKind.Word or Model.TokenKind.Number)) continue;
            words++;
            if (Stopwords.Contains(t.Text)) continue;
            // Date words are shared by every sentence about the same date; they say nothing about the content.
            if (IsDateWord(t.Text.TrimEnd('.'))) continue;
            var stem = t.IsWord ? Stemmer.Stem(t.Text.ToLowerInvariant()) : t.Text;
            c[stem] = c.GetValueOrDefault(stem) + 1;
        }
        counts = c.ToFrozenDictionary(StringComparer.Ordinal);
        norm = Math.Sqrt(counts.Values.Sum(v => (double)v * v));
        WordCount = words;
    }

    private static bool IsDateWord(string w) =>
        Months.ByName.ContainsKey(w) || Months.Weekdays.ContainsKey(w)
        || w.ToLowerInvariant() is "yesterday" or "today" or "tomorrow" or "tonight" or "week" or "month" or "year" or "ago" or "last" or "next";

    /// <summary>Words and numbers in the sentence (stopwords included): its length as a reader sees it.</summary>
    public int WordCount { get; }

    public bool IsEmpty => counts.Count == 0;

    /// <summary>Each stem and how often the sentence has it.</summary>
    public IReadOnlyDictionary<string, int> Counts => counts;

    public double Cosine(StemBag other)
    {
        if (norm == 0 || other.norm == 0) return 0;
        var (small, large) = counts.Count <= other.counts.Count ? (this, other) : (other, this);
        double dot = 0;
        foreach (var (stem, n) in small.counts)
            if (large.counts.TryGetValue(stem, out var m)) dot += (double)n * m;
        return dot / (norm * other.norm);
    }
}
