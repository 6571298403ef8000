using Dossier.Model;

namespace Dossier.Cluster;

/// <summary>Titles for events and stories: the article's own title, else its first sentence cut to a headline's length.</summary>
internal static class Titles
{
    /// <summary>About the length of a news headline; longer first sentences are cut at a word boundary.</summary>
    public const int MaxWords = 14;

    /// <summary>Shorter first lines ("Follow us on:", "The News") are page furniture left by a crawl, not a lead.</summary>
    public const int MinWords = 5;

    public static string Of(Article a)
    {
        if (!string.IsNullOrWhiteSpace(a.Title)) return a.Title.Trim();
        var first = a.Sentences.IsDefaultOrEmpty ? a.Text
            : (a.Sentences.FirstOrDefault(s => WordCount(s.Text) >= MinWords) ?? a.Sentences[0]).Text;
        var words = first.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxWords ? first.Trim() : string.Join(' ', words[..MaxWords]).TrimEnd(',', ';', ':') + "...";
    }

    private static int WordCount(string s) => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
