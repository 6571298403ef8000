using System.Collections.Immutable;
using Dossier.Entities;
using Dossier.Model;
using Dossier.Tests.Support;

namespace Dossier.Tests.Entities;

/// <summary>The five seed articles, recognised once and shared by the entity tests.</summary>
internal static class SeedStory
{
    public static readonly ImmutableArray<string> Ids = ["000", "001", "002", "003", "004"];

    private static readonly Lazy<ImmutableArray<AnnotatedArticle>> Recognised = new(() => [.. Ids.Select(id => Recognise(TestData.SeedText(id), id))]);

    public static ImmutableArray<AnnotatedArticle> All => Recognised.Value;

    public static AnnotatedArticle Get(string id) => All.Single(a => a.Article.Id == id);

    public static ImmutableArray<Entity> Entities => LazyEntities.Value;

    private static readonly Lazy<ImmutableArray<Entity>> LazyEntities = new(() => new EntityMerger().Merge(All));

    /// <summary>An annotated article with its mentions, made straight from text.</summary>
    public static AnnotatedArticle Recognise(string text, string id)
    {
        var annotated = TestData.Annotated(TestData.Article(text, id: id));
        return annotated with { Mentions = new EntityRecognizer().Recognize(annotated.Article, annotated.Tokens) };
    }

    /// <summary>The one entity with a mention of exactly this text.</summary>
    public static Entity EntityWith(this ImmutableArray<Entity> entities, string mention) =>
        entities.Single(e => e.Mentions.Any(m => m.Text == mention));

    public static IEnumerable<Mention> MentionsOf(string id, string text) => Get(id).Mentions.Where(m => m.Text == text);
}
