using Dossier.Model;

namespace Dossier.Cluster;

/// <summary>Titles for events and stories: a member's own headline, else the lead sentence cut to a headline's length.</summary>
internal static class Titles
{
    /// <summary>About the length of a news headline; longer first sentences are cut at a word boundary.</summary>
    public const int MaxWords = 14;

    /// <summary>Shorter first lines ("Follow us on:", "The News") are page furniture left by a crawl, not a lead.</summary>
    public const int MinWords = 5;

    /// <summary>The title of the most central member that has a headline, else the most central member's lead.</summary>
    public static string Of(IReadOnlyList<Article> byCentrality) =>
        byCentrality.FirstOrDefault(a => !string.IsNullOrWhiteSpace(a.Title)) is Article titled ? Of(titled) : Of(byCentrality[0]);

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
