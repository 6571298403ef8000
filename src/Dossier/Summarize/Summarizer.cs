using System.Collections.Immutable;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Summarize;

/// <summary>
/// Multi-document extractive summary; every sentence lists the articles that say the same.
/// Sentences are scored by closeness to the centroid of the articles (stemmed content words, TF-IDF), raised for
/// lead position and for being reported by other articles too, lowered for opening on a pronoun or a quotation, and
/// (with a query) mixed with closeness to the query. MMR picks within the word budget; the picks are then ordered by
/// article date, article and position so the summary reads in the order things were reported.
/// </summary>
public sealed class Summarizer(SummaryOptions? options = null)
{
    private readonly SummaryOptions _o = options ?? SummaryOptions.Default;

    public ImmutableArray<SummarySentence> Summarize(IReadOnlyList<AnnotatedArticle> articles, int maxWords = 100, string? query = null)
    {
        if (articles.Count == 0 || maxWords <= 0) return [];
        var all = SentenceUnit.All(articles, out var vectorize);
        var support = new SupportFinder(all, _o.SupportThreshold);
        var queryVector = string.IsNullOrWhiteSpace(query) ? null : vectorize(SentenceUnit.Stems(Tokenizer.Tokenize(TextNormalizer.Normalize(query))));
        var sentencesPerArticle = articles.Select(a => Math.Max(1, a.Article.Sentences.Length)).ToArray();

        var concepts = new Concepts();
        var queryStems = string.IsNullOrWhiteSpace(query) ? new HashSet<string>()
            : Concepts.Words(query).Where(w => !Stopwords.Contains(w)).Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        var relevance = all.Select(s => queryVector is null ? 0 : s.Vector.Cosine(queryVector)).ToArray();
        var topRelevance = relevance.DefaultIfEmpty(0).Max();
        var value = all.Select((s, i) =>
            (1 + (topRelevance > 0 ? _o.QueryBoost * relevance[i] / topRelevance : 0))
            * (1 + (articles.Count == 1 ? _o.SingleArticlePositionBonus : _o.PositionBonus) * (1 - (double)s.Sentence.Index / sentencesPerArticle[s.ArticleIndex])))
            .ToArray();
        var weights = concepts.Weights([.. all.Select((s, i) => (s.ArticleIndex, concepts.Of(Compressor.Clean(s.Sentence.Text)), value[i]))],
            MinArticles(articles.Count), _o.UnigramWeight, queryStems, _o.QueryTermBoost, _o.DfPower);
        var relevanceIndex = all.Select((s, i) => (s, i)).ToDictionary(t => t.s, t => relevance[t.i]);
        var candidates = all.Where(s => SentenceFilter.Eligible(s, _o) && (topRelevance == 0 || relevanceIndex[s] >= _o.MinRelevance * topRelevance))
            .SelectMany(s => Compressor.Variants(s.Sentence.Text).Take(_o.Variants)
                .Select(t => new Candidate(s, t, SentenceUnit.WordCount(t), concepts.Of(t, known: true), SentenceFilter.FormFactor(s, _o) * (1 + _o.LeadForm * (1 - (double)s.Sentence.Index / sentencesPerArticle[s.ArticleIndex])) * (1 + (topRelevance > 0 ? _o.RelevanceForm * relevanceIndex[s] / topRelevance : 0))))
                .Where(c => c.Words >= _o.MinWords))
            .ToList();
        var chosen = new ConceptSelector(candidates, weights, maxWords, _o.RedundancyThreshold, _o.LengthExponent).Select();

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

    /// <summary>
    /// Articles that must state a concept for it to count: three in a large set, as ICSISumm used for ten articles;
    /// fewer when there are only a few articles to agree.
    /// </summary>
    private int MinArticles(int articles) => articles >= 10 ? _o.MinDf : articles >= 3 ? 2 : 1;
}
