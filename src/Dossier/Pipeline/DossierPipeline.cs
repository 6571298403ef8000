using System.Collections.Immutable;
using Dossier.Clean;
using Dossier.Compare;
using Dossier.Cluster;
using Dossier.Dedup;
using Dossier.Entities;
using Dossier.Extract;
using Dossier.Ingest;
using Dossier.Model;
using Dossier.Quotes;
using Dossier.Quotes.Fidelity;
using Dossier.Summarize;
using Dossier.Text;
using Dossier.Timeline;

namespace Dossier.Pipeline;

/// <summary>
/// The pipeline, in order, in one place. Per document: ingest → extract (HTML) → clean.
/// Per article: tokenize → entities → time expressions → quotes.
/// Per collection: near-duplicates, cluster into events and stories; then per story: merge entities → link speakers →
/// timeline → summary → compare (how the outlets differ).
/// Every step takes records and returns new ones; nothing is mutated between stages.
/// </summary>
public sealed class DossierPipeline(DossierOptions? options = null)
{
    public static readonly ImmutableArray<string> StageNames =
        ["ingest", "extract", "clean", "tokenize", "entities", "times", "quotes", "dedup", "cluster", "merge-entities", "link-speakers", "timeline", "summarize", "compare"];

    private readonly DossierOptions _options = options ?? DossierOptions.Default;
    private readonly EntityRecognizer _recognizer = new();
    private readonly TemporalTagger _tagger = new();
    private readonly QuoteExtractor _quotes = new();
    private readonly StoryClusterer _clusterer = new();
    private readonly EntityMerger _merger = new();
    private readonly TimelineBuilder _timeline = new();
    // Story summaries quote their origin sentences verbatim (stories.json's text is the span it points at).
    private readonly Summarizer _summarizer = new(SummaryOptions.Default with { Compress = false });
    private readonly Comparer _comparer = new();

    /// <summary>ingest: one file into raw documents (or rejections).</summary>
    public static IngestResult Read(string path) => DocumentReader.Read(path);

    /// <summary>ingest + extract + clean: one file into articles, with whatever of it was rejected.</summary>
    public FileOutcome ReadFile(string path)
    {
        var read = Read(path);
        var articles = ImmutableArray.CreateBuilder<Article>();
        var rejected = read.Rejected.ToBuilder();
        foreach (var doc in read.Documents)
        {
            var outcome = Prepare(doc);
            if (outcome.Rejected is not null) rejected.Add(outcome.Rejected);
            articles.AddRange(outcome.Articles);
        }
        return new FileOutcome(articles.ToImmutable(), rejected.ToImmutable());
    }

    /// <summary>extract + clean: one raw document into articles.</summary>
    public DocumentOutcome Prepare(RawDocument raw)
    {
        try
        {
            if (raw.Format == InputFormat.Html)
            {
                var page = new HtmlExtractor().Extract(raw.Content);
                if (page.Error is not null || string.IsNullOrWhiteSpace(page.Text))
                    return new DocumentOutcome([], new Rejection(Where(raw), DossierError.NoArticleText, page.Error ?? DossierError.Describe(DossierError.NoArticleText)));
                return Outcome(raw, ArticleCleaner.Clean(raw, page.Text, page.Title, page.SiteName, page.Published, page.Url, page.Byline));
            }
            return Outcome(raw, ArticleCleaner.Clean(raw, raw.Content));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A stage bug on one odd document must not stop the run: reject it with the reason.
            return new DocumentOutcome([], new Rejection(Where(raw), DossierError.Unparsable, $"{e.GetType().Name}: {e.Message}"));
        }
    }

    private static DocumentOutcome Outcome(RawDocument raw, ImmutableArray<Article> articles) =>
        articles.IsEmpty || articles.All(a => a.Sentences.IsEmpty)
            ? new DocumentOutcome([], new Rejection(Where(raw), DossierError.NoArticleText, "nothing left after removing boilerplate"))
            : new DocumentOutcome(articles, null);

    /// <summary>A document's place for error messages: its file, and its id where the file holds several.</summary>
    private static string Where(RawDocument raw) => raw.DocId is null ? raw.Path : $"{raw.Path}#{raw.DocId}";

    /// <summary>tokenize → entities → times → quotes, for one article.</summary>
    public AnnotatedArticle Annotate(Article article, Action<string>? warn = null)
    {
        var tokens = Tokenizer.Tokenize(article.Text);
        var mentions = Guard("entities", article, () => _recognizer.Recognize(article, tokens), warn);
        var times = Guard("times", article, () => _tagger.Tag(article, tokens), warn);
        var quotes = Guard("quotes", article, () => _quotes.Extract(article, tokens, mentions), warn);
        return new AnnotatedArticle(article, tokens, mentions, times, quotes);
    }

    /// <summary>A stage that fails on one odd article loses that article's annotations, not the run.</summary>
    private static ImmutableArray<T> Guard<T>(string stage, Article article, Func<ImmutableArray<T>> run, Action<string>? warn)
    {
        try { return run(); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            warn?.Invoke($"{stage} failed on article {article.Id} ({article.Path}): {e.GetType().Name}: {e.Message}");
            return [];
        }
    }

    /// <summary>cluster: articles into events and events into stories.</summary>
    public ImmutableArray<StoryCluster> Cluster(IReadOnlyList<AnnotatedArticle> articles) => _clusterer.Cluster(articles);

    /// <summary>dedup → cluster → per story: merge-entities → link-speakers → timeline → summarize → compare.</summary>
    public ImmutableArray<Story> BuildStories(IReadOnlyList<AnnotatedArticle> articles, Action<int, int>? progress = null)
    {
        var byId = articles.ToDictionary(a => a.Article.Id);
        var duplicates = NearDuplicateFinder.Find(articles.Select(a => a.Article));
        var clusters = Cluster(articles);
        var stories = ImmutableArray.CreateBuilder<Story>(clusters.Length);
        foreach (var c in clusters)
        {
            var members = c.ArticleIds.Select(id => byId[id]).ToList();
            var entities = _merger.Merge(members);
            var quotes = SpeakerLinker.Link(Attributed(members), entities);
            var timeline = _timeline.Build(members, _options.Timeline.MaxDates, _options.Timeline.SentencesPerDate);
            var summary = Summarize(c, byId);
            var title = string.IsNullOrWhiteSpace(c.Title) ? FallbackTitle(members[0].Article) : c.Title;
            var variants = QuoteFidelity.Compare(members);
            var inStory = c.ArticleIds.ToHashSet();
            stories.Add(new Story(c.Id, title, c.ArticleIds, c.Events, entities, quotes, timeline, summary)
            {
                QuoteVariants = variants,
                Comparison = _comparer.Compare(members, c.Events, entities, quotes, variants),
                Duplicates = [.. duplicates.Where(d => inStory.Contains(d.ArticleId) && inStory.Contains(d.OfId))],
            });
            progress?.Invoke(stories.Count, clusters.Length);
        }
        return stories.ToImmutable();
    }

    /// <summary>merge-entities → link-speakers → compare, for articles already grouped into a story's events (a stored story).</summary>
    public Comparison Compare(IReadOnlyList<AnnotatedArticle> members, IReadOnlyList<Event> events)
    {
        var entities = _merger.Merge(members);
        var quotes = SpeakerLinker.Link(Attributed(members), entities);
        return _comparer.Compare(members, events, entities, quotes, QuoteFidelity.Compare(members));
    }

    /// <summary>
    /// A story's quotes answer who said what, so they need a who: the attributions PolNeAR marks without a source
    /// (a passive or impersonal cue: "which | are accused of | supporting …", "is expected") stay with their article
    /// (`dossier quotes`, the article view) and out of the story's speakers and comparison.
    /// </summary>
    private static IEnumerable<Quote> Attributed(IEnumerable<AnnotatedArticle> members) =>
        members.SelectMany(m => m.Quotes).Where(q => q.SpeakerSpan is not null);

    /// <summary>
    /// A story of several events is summarised event by event, each given a share of the words in proportion to
    /// its articles (never under <see cref="StorySummaryOptions.MinWordsPerEvent"/>), so that a reader learns every
    /// happening the story holds, not only its best-covered one. Events keep their order in the story.
    /// </summary>
    private ImmutableArray<SummarySentence> Summarize(StoryCluster c, IReadOnlyDictionary<string, AnnotatedArticle> byId)
    {
        var o = _options.Summary;
        if (c.Events.Length <= 1) return _summarizer.Summarize([.. c.ArticleIds.Select(id => byId[id])], o.MaxWords);
        var total = Math.Max(o.MaxWords, o.MinWordsPerEvent * c.Events.Length);
        var articles = c.Events.Sum(e => e.ArticleIds.Length);
        return [.. c.Events.SelectMany(e => _summarizer.Summarize(
            [.. e.ArticleIds.Select(id => byId[id])],
            Math.Max(o.MinWordsPerEvent, total * e.ArticleIds.Length / articles)))];
    }

    /// <summary>An untitled piece (a teaser, a headline-less crawl) is named by its first sentence, shortened.</summary>
    internal static string FallbackTitle(Article a)
    {
        if (a.Title is not null) return a.Title;
        var first = a.Sentences.IsEmpty ? a.Text : a.Sentences[0].Text;
        var words = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 14 ? first : string.Join(' ', words.Take(14)) + " ...";
    }
}
