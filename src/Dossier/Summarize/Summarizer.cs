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
        var centroid = TermVector.SumOfUnits(articles.Select((_, i) => TermVector.SumOfUnits(all.Where(s => s.ArticleIndex == i).Select(s => s.Vector))));
        var queryVector = string.IsNullOrWhiteSpace(query) ? null : vectorize(SentenceUnit.Stems(Tokenizer.Tokenize(TextNormalizer.Normalize(query))));
        var sentencesPerArticle = articles.Select(a => Math.Max(1, a.Article.Sentences.Length)).ToArray();

        var scored = all.Where(s => SentenceFilter.Eligible(s, _o))
            .Select(s => (s, Score(s, centroid, queryVector, support, articles.Count, sentencesPerArticle[s.ArticleIndex])))
            .ToList();
        var chosen = MmrSelector.Select(scored, maxWords, _o);

        return [.. chosen
            .OrderBy(s => SortDate(s.Article.Published))
            .ThenBy(s => s.ArticleIndex)
            .ThenBy(s => s.Sentence.Index)
            .Select(s => new SummarySentence(s.Sentence.Text, s.Ref, support.Support(s)))];
    }

    /// <summary>
    /// The day an article sorts under. Undated articles go last, and so do impossibly dated ones (month 13,
    /// February 30), which have no <see cref="DateValue.Start"/>.
    /// </summary>
    private static DateOnly SortDate(DateValue? d) => d?.Start ?? DateOnly.MaxValue;

    private double Score(SentenceUnit s, TermVector centroid, TermVector? query, SupportFinder support, int articleCount, int sentences)
    {
        var bonus = articleCount == 1 ? _o.SingleArticlePositionBonus : _o.PositionBonus;
        var position = 1 + bonus * (1 - (double)s.Sentence.Index / sentences);
        var others = articleCount > 1 ? (double)support.Articles(s) / (articleCount - 1) : 0;
        var score = s.Vector.Cosine(centroid) * position * (1 + _o.SupportBonus * others) * SentenceFilter.FormFactor(s, _o);
        return query is null ? score : (1 - _o.QueryWeight) * score + _o.QueryWeight * s.Vector.Cosine(query) * SentenceFilter.FormFactor(s, _o);
    }
}
