using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Summarize;

/// <summary>
/// Multi-document extractive summary in the manner of ICSISumm (Gillick and Favre): the summary is the set of
/// sentence wordings, within the word budget, that covers the most weight of distinct concepts — stemmed word bigrams
/// weighted by how many articles state them (see <see cref="Concepts"/>), so a fact reported everywhere is worth
/// more, and a repeated fact is worth nothing the second time. With a query, a concept's weight in an article rises
/// with the closeness to the query of the sentence stating it, and sentences with little to do with the query are
/// not candidates. A sentence's weight rises towards the lead of its article and falls if it opens on a pronoun or a
/// quotation. Each sentence may be used as written or in a shorter wording (<see cref="Compressor"/>). The picks are
/// ordered by article date, article and position so the summary reads in the order things were reported, and every
/// sentence lists the other articles that say the same.
/// </summary>
public sealed class Summarizer(SummaryOptions? options = null)
{
    private readonly SummaryOptions _o = options ?? SummaryOptions.Default;

    public ImmutableArray<SummarySentence> Summarize(IReadOnlyList<AnnotatedArticle> articles, int maxWords = 100, string? query = null)
    {
        if (articles.Count == 0 || maxWords <= 0) return [];
        var all = SentenceUnit.All(articles, out var vectorize);
        var support = new SupportFinder(all, _o.SupportThreshold);
        var queryVector = string.IsNullOrWhiteSpace(query) ? null : vectorize(QueryTerms.Of(query));
        var sentencesPerArticle = articles.Select(a => Math.Max(1, a.Article.Sentences.Length)).ToArray();

        // Closeness to the query, as a share of the closest sentence's (0 for all without a query).
        var relevance = all.Select(s => queryVector is null ? 0 : s.Vector.Cosine(queryVector)).ToArray();
        var top = relevance.DefaultIfEmpty(0).Max();
        if (top > 0) relevance = [.. relevance.Select(r => r / top)];
        double Lead(SentenceUnit s) => 1 - (double)s.Sentence.Index / sentencesPerArticle[s.ArticleIndex];

        // One article alone has no agreement to weigh, so its lead carries the concepts' weight instead.
        var concepts = new Concepts();
        var weights = concepts.Weights(
            [.. all.Select((s, i) => (s.ArticleIndex, concepts.Of(Compressor.Clean(s.Sentence.Text)),
                (1 + _o.QueryBoost * relevance[i]) * (articles.Count == 1 ? 1 + _o.SingleArticlePositionBonus * Lead(s) : 1)))],
            Math.Min(articles.Count, _o.MinArticles));

        var candidates = all.Select((s, i) => (s, i))
            .Where(t => SentenceFilter.Eligible(t.s, _o) && (top == 0 || relevance[t.i] >= _o.MinRelevance))
            .SelectMany(t => (_o.Compress ? Compressor.Variants(t.s.Sentence.Text) : [t.s.Sentence.Text])
                .Select(text => new Candidate(t.s, text, SentenceUnit.WordCount(text), concepts.Of(text, known: true),
                    SentenceFilter.FormFactor(t.s, _o) * (1 + _o.PositionBonus * Lead(t.s))))
                .Where(c => c.Words >= _o.MinWords))
            .ToList();
        var chosen = new ConceptSelector(candidates, weights, maxWords, _o.RedundancyThreshold).Select();

        return [.. chosen
            .OrderBy(c => SortDate(c.Unit.Article.Published))
            .ThenBy(c => c.Unit.ArticleIndex)
            .ThenBy(c => c.Unit.Sentence.Index)
            .Select(c => new SummarySentence(c.Text, c.Unit.Ref, support.Support(c.Unit)))];
    }

    /// <summary>
    /// The day an article sorts under. Undated articles go last, and so do impossibly dated ones (month 13,
    /// February 30), which have no <see cref="DateValue.Start"/>.
    /// </summary>
    private static DateOnly SortDate(DateValue? d) => d?.Start ?? DateOnly.MaxValue;
}
