using Dossier.Model;

namespace Dossier.Output;

/// <summary>How an article's outlet is named in outputs: its source, or its file name when the text does not say.</summary>
public static class Outlets
{
    public static string Name(Article a) => a.Source ?? $"unknown outlet ({Path.GetFileName(a.Path)})";

    public static IEnumerable<string> Of(IEnumerable<string> articleIds, IReadOnlyDictionary<string, Article> articles) =>
        articleIds.Where(articles.ContainsKey).Select(id => Name(articles[id])).Distinct();
}
