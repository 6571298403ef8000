using System.Diagnostics;
using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Store;
using Dossier.Tests.Support;

namespace Dossier.Tests.Store;

/// <summary>
/// Several writers ingesting into one store at once, on overlapping files, must leave exactly what one writer leaves:
/// every article once, none lost, the same rows, and the same stories. On PostgreSQL (the store for teams) and, with the
/// same rules, on SQLite.
/// </summary>
[Collection("Postgres")]
public class ConcurrentIngestTests(PostgresServer server)
{
    [PostgresFact]
    public void Should_Store_The_Same_Articles_With_Three_Concurrent_Writers_As_With_One()
    {
        using var dir = new TempDir();
        var files = IngestCorpus.Write(dir);
        var pipeline = new DossierPipeline();
        var read = files.ToDictionary(f => f, f => pipeline.ReadFile(f).Articles);

        // One writer, every file in order
        var single = server.NewDatabase();
        using (var store = ArticleStores.Open(single))
            foreach (var f in files) store.AddArticles(read[f]);

        // Three writers, each on its own connection, on overlapping shares in different orders, started together, twice over
        var shared = server.NewDatabase();
        using (ArticleStores.Open(shared)) { }
        var shares = IngestCorpus.Shares(files);
        var start = new Barrier(shares.Count);
        var added = new int[shares.Count];
        Parallel.For(0, shares.Count, new ParallelOptions { MaxDegreeOfParallelism = shares.Count }, k =>
        {
            using var store = ArticleStores.Open(shared);
            start.SignalAndWait();
            for (var round = 0; round < 2; round++)
                foreach (var f in shares[k]) added[k] += store.AddArticles(read[f]);
        });

        using var one = ArticleStores.Open(single);
        using var many = ArticleStores.Open(shared);
        var expected = read.Values.SelectMany(a => a).Select(a => a.Id).Distinct().Count();
        Assert.Equal(expected, one.CountArticles());
        Assert.Equal(expected, many.CountArticles());
        Assert.Equal(expected, added.Sum());   // every new article counted once, by the writer that stored it
        Assert.Equal(Rows(one.LoadArticles()), Rows(many.LoadArticles()));
    }

    [PostgresFact]
    public void Should_Build_The_Same_Stories_With_Three_Concurrent_Analyze_Processes_As_With_One() =>
        SameStoriesFromThreeProcesses(server.NewDatabase(), server.NewDatabase());

    /// <summary>SQLite keeps the same rules (one writer at a time, the analysis lock a file lock).</summary>
    [Fact]
    public void Should_Build_The_Same_Stories_With_Three_Concurrent_Analyze_Processes_On_Sqlite()
    {
        using var dir = new TempDir();
        SameStoriesFromThreeProcesses(dir.File("one.db"), dir.File("many.db"));
    }

    private static void SameStoriesFromThreeProcesses(string single, string shared)
    {
        using var dir = new TempDir();
        var files = IngestCorpus.Write(dir);
        var one = Analyze(dir, "one", single, [files]);
        var many = Analyze(dir, "many", shared, IngestCorpus.Shares(files));

        Assert.All(one.Concat(many), r => Assert.True(r.Exit == 0, $"dossier analyze exited {r.Exit}: {r.Stderr}"));
        using var a = ArticleStores.OpenReadOnly(single);
        using var b = ArticleStores.OpenReadOnly(shared);
        var expected = files.SelectMany(f => new DossierPipeline().ReadFile(f).Articles).Select(x => x.Id).Distinct().Count();
        Assert.Equal(expected, a.CountArticles());
        Assert.Equal(expected, b.CountArticles());
        Assert.Equal(Rows(a.LoadArticles()), Rows(b.LoadArticles()));
        var stories = a.LoadStories();
        Assert.True(stories.Count > 1, "the corpus makes several stories");
        Assert.Equal(stories, b.LoadStories());
    }

    /// <summary>Starts one `dossier analyze` process per list of files, all at once, and waits for them all.</summary>
    private static List<(int Exit, string Stderr)> Analyze(TempDir dir, string name, string db, IReadOnlyList<IReadOnlyList<string>> shares)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Dossier.Cli.dll");
        var processes = shares.Select((share, k) =>
        {
            var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            string[] args = [cli, "analyze", .. share, "--db", db, "--out", dir.File($"{name}-out{k}")];
            foreach (var arg in args) psi.ArgumentList.Add(arg);
            return Process.Start(psi)!;
        }).ToList();
        var results = new List<(int, string)>();
        foreach (var p in processes)
        {
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEnd();
            if (!p.WaitForExit(300_000)) p.Kill(entireProcessTree: true);
            _ = stdout.Result;
            results.Add((p.ExitCode, stderr));
            p.Dispose();
        }
        return results;
    }

    /// <summary>What a stored article is, to compare stores: every field the store keeps, in its order.</summary>
    private static List<string> Rows(IEnumerable<Article> articles) =>
        [.. articles.Select(a => string.Join("|", a.Id, a.Path, a.Format, a.Source, a.Title, a.Published?.ToIso(), a.Text, a.FragmentOf, a.Truncated,
            string.Join(";", a.Removed.Select(r => r.Rule + ":" + r.Text)), string.Join(";", a.Provenance.Select(p => p.Stage + ":" + p.Rule))))];
}
