using Dossier.Model;
using Dossier.Text;

namespace Dossier.Tests.Support;

/// <summary>Locates shared data (../shared beside the repository) and builds hand-made articles for stage tests.</summary>
public static class TestData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string SharedDir => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string SeedsDir => Path.Combine(SharedDir, "seeds");

    public static string EvalDir => Path.Combine(SharedDir, "eval");

    /// <summary>The seed file whose name starts with the given prefix ("000").</summary>
    public static string Seed(string prefix) =>
        Directory.GetFiles(SeedsDir).Single(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal));

    public static string SeedText(string prefix) => File.ReadAllText(Seed(prefix));

    /// <summary>An article made straight from text (normalised, split), without running the cleaner.</summary>
    public static Article Article(string text, string id = "a1", DateValue? published = null, string? source = null, string? title = null)
    {
        var norm = TextNormalizer.Normalize(text);
        return new Article(id, id + ".txt", InputFormat.Text, source, title, published, norm, SentenceSplitter.Split(norm));
    }

    public static AnnotatedArticle Annotated(Article a) =>
        new(a, Tokenizer.Tokenize(a.Text), [], [], []);

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dossier.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Dossier.slnx not found above " + AppContext.BaseDirectory);
    }
}
