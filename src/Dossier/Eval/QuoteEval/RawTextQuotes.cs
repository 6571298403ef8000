using System.Collections.Immutable;
using Dossier.Entities;
using Dossier.Model;
using Dossier.Quotes;
using Dossier.Text;

namespace Dossier.Eval.QuoteEval;

/// <summary>
/// Runs the quote stage on a file's whole text as it stands (no cleaning, which would cut lines and shift offsets)
/// and returns the quotes with spans in the raw text's UTF-16 offsets, and as brat attributions.
/// </summary>
public sealed class RawTextQuotes
{
    private readonly EntityRecognizer _recognizer = new();
    private readonly QuoteExtractor _extractor;

    public RawTextQuotes() => _extractor = new QuoteExtractor();

    /// <summary>Runs with the quote models in <paramref name="modelPath"/> (from <c>dossier train quotes --out</c>) instead of the embedded ones.</summary>
    public RawTextQuotes(string? modelPath) =>
        _extractor = modelPath is null ? new QuoteExtractor() : new QuoteExtractor(Dossier.Quotes.Learned.QuoteModels.FromFile(modelPath));

    public sealed record Result(string Raw, Article Article, ImmutableArray<Quote> Quotes, ImmutableArray<BratAttribution> Attributions);

    public Result Extract(string raw, string id)
    {
        var mapped = MappedText.Create(raw);
        var article = new Article(id, id + ".txt", InputFormat.Text, null, null, null, mapped.Text, SentenceSplitter.Split(mapped.Text));
        var tokens = Tokenizer.Tokenize(article.Text);
        var mentions = _recognizer.Recognize(article, tokens);
        var quotes = _extractor.Extract(article, tokens, mentions);
        var raws = quotes.Select(q => q with
        {
            SpeakerSpan = q.SpeakerSpan is { } s ? mapped.ToRaw(s) : null,
            CueSpan = mapped.ToRaw(q.CueSpan),
            ContentSpan = mapped.ToRaw(q.ContentSpan),
        }).ToImmutableArray();
        return new Result(raw, article, raws, ToAttributions(raws.Select(q => q with { ContentSpan = PolnearContent(raw, q) })));
    }

    /// <summary>
    /// PolNeAR's content of a quotation introduced by "that" opens with it ("said that “…”": 107 times in train against
    /// 3 opening at the mark). A quote's own span stays the quotation's words, which fidelity compares; only the brat
    /// attribution follows the corpus.
    /// </summary>
    public static TextSpan PolnearContent(string raw, Quote q)
    {
        if (!q.Direct) return q.ContentSpan;
        var i = q.ContentSpan.Start;
        while (i > 0 && (char.IsWhiteSpace(raw[i - 1]) || raw[i - 1] is '"' or '\'' or '“' or '”' or '‘' or '’' or '`')) i--;
        if (i > 0 && raw[i - 1] == ',') i--;
        while (i > 0 && char.IsWhiteSpace(raw[i - 1])) i--;
        var that = i - 4;
        return that >= q.CueSpan.End && that >= 0 && string.CompareOrdinal(raw, that, "that", 0, 4) == 0 && (that == 0 || !char.IsLetterOrDigit(raw[that - 1]))
            ? new TextSpan(that, q.ContentSpan.End)
            : q.ContentSpan;
    }

    /// <summary>
    /// Quotes sharing cue and speaker are one attribution with a discontinuous content, as PolNeAR annotates an
    /// interrupted quotation ("A," he said, "B").
    /// </summary>
    public static ImmutableArray<BratAttribution> ToAttributions(IEnumerable<Quote> quotes) =>
        [.. quotes
            .GroupBy(q => (q.CueSpan, q.SpeakerSpan))
            .OrderBy(g => g.Min(q => q.ContentSpan.Start))
            .Select(g => new BratAttribution(
                g.Key.SpeakerSpan is { } s ? BratSpan.Of(s) : null,
                BratSpan.Of(g.Key.CueSpan),
                new BratSpan([.. Outermost(g.Select(q => q.ContentSpan))])))];

    // a quotation embedded in reported speech shares its cue and speaker; it is part of that content, not a second part
    private static IEnumerable<TextSpan> Outermost(IEnumerable<TextSpan> spans)
    {
        var all = spans.Distinct().OrderBy(s => s.Start).ThenByDescending(s => s.End).ToList();
        return all.Where(s => !all.Any(o => o != s && o.Start <= s.Start && s.End <= o.End));
    }
}
