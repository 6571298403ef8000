namespace Dossier.Eval.Rouge;

/// <summary>
/// A summary as ROUGE scores it: <see cref="Tokens"/> from the joined, cut text (n-grams, skip-bigrams, and the
/// unigram counts that clip LCS hits), <see cref="SentenceTokens"/> from the sentence-wise cut (LCS, WLCS).
/// </summary>
public sealed record RougeSummary(IReadOnlyList<string> Tokens, IReadOnlyList<IReadOnlyList<string>> SentenceTokens)
{
    /// <summary>Prepares sentences (as read by <see cref="RougeSummaryReader"/>) under the options' length limits,
    /// stopwords and stemming.</summary>
    public static RougeSummary From(IReadOnlyList<string> sentences, RougeOptions options)
    {
        var tokenizer = new RougeTokenizer(options.Stem, options.RemoveStopwords);
        var joined = RougeLengthLimit.Joined(sentences, options.WordLimit, options.ByteLimit);
        var perSentence = RougeLengthLimit.Sentences(sentences, options.WordLimit, options.ByteLimit);
        return new RougeSummary(tokenizer.Tokens(joined), [.. perSentence.Select(s => (IReadOnlyList<string>)tokenizer.Tokens(s))]);
    }

    /// <summary>Prepares a summary given as text, one sentence a line.</summary>
    public static RougeSummary FromText(string text, RougeOptions options) =>
        From(RougeSummaryReader.Parse(text, RougeInputFormat.Spl), options);
}
