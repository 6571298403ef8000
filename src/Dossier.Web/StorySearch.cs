namespace Dossier.Web;

/// <summary>The stories list's search: every word must occur, case-insensitively, in the title, an entity's name or alias, or an article title.</summary>
internal static class StorySearch
{
    public static IReadOnlyList<string> Words(string? query) =>
        (query ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.ToLowerInvariant()).ToList();

    public static bool Matches(StoryListItem story, IReadOnlyList<string> words) =>
        words.All(w => story.SearchText.Any(t => t.Contains(w, StringComparison.OrdinalIgnoreCase)));
}
