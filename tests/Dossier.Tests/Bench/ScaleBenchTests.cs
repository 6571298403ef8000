using Dossier.Bench;
using Dossier.Cli;
using Dossier.Store;
using Dossier.Tests.Support;

namespace Dossier.Tests.Bench;

public class ScaleBenchTests
{
    private static bool HaveEval => Directory.Exists(Path.Combine(TestData.EvalDir, "duc2006", "docs"));

    [Fact]
    public void Should_Find_Planted_Copies_And_Report_Few_False_Pairs_On_A_Small_Stream()
    {
        if (!HaveEval) return;
        // Given a 2,000-article stream of DUC 2006 sentences with copies planted at known rates
        using var dir = new TempDir();
        var topics = TopicPool.Load(TestData.EvalDir, maxTopics: 10);

        // When it is ingested with near-duplicate detection
        var r = ScaleBench.Run(topics, 2_000, dir.File("bench.db"), seed: 3, (_, _) => { });

        // Then nearly every planted copy is found, exact copies by their content hash, and few pairs are false
        Assert.InRange(r.Planted, 150, 400);
        Assert.Equal(r.Copies[CopyKind.Exact].Planted, r.Copies[CopyKind.Exact].Found);
        Assert.Equal(r.Articles - r.Copies[CopyKind.Exact].Planted, r.Stored);
        Assert.True(r.Recall >= 0.98, $"recall {r.Recall}");
        Assert.True(r.FalseShare <= 0.01, $"false pairs {r.FalseShare}");

        // And the store holds the articles, their index entries and the duplicates found
        using var store = new SqliteStore(dir.File("bench.db"));
        Assert.Equal(r.Stored, store.CountArticles());
        Assert.Equal(r.Stored, store.LoadDedupIndex().Count());
        Assert.Equal(r.ReportedPairs, store.CountDuplicates());
    }
}

[Collection("Console")]
public class ScaleBenchCliTests
{
    private static bool HaveEval => Directory.Exists(Path.Combine(TestData.EvalDir, "duc2006", "docs"));

    [Fact]
    public void Should_Report_Recall_And_False_Pairs_From_The_Command_Line()
    {
        if (!HaveEval) return;
        // only DUC 2006's sentences, linked (not copied) into a folder of its own, to keep the test short
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("eval"));
        Directory.CreateSymbolicLink(dir.File("eval/duc2006"), Path.Combine(TestData.EvalDir, "duc2006"));
        var (exit, stdout) = CliRunner.Run("bench", "scale", "--articles", "300", "600", "--db", dir.File("b.db"), "--eval", dir.File("eval"));
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("recall", stdout);
        Assert.Contains("false", stdout);
        Assert.Contains("growth 300 -> 600: CPU time", stdout);
        Assert.True(File.Exists(dir.File("b-300.db")) && File.Exists(dir.File("b-600.db")));

        // a store that exists is never overwritten, and a folder without the benchmarks is a usage error
        Assert.Equal(ExitCodes.Usage, CliRunner.Run("bench", "scale", "--articles", "10", "--db", dir.File("b-300.db")).Exit);
        Assert.Equal(ExitCodes.Usage, CliRunner.Run("bench", "scale", "--articles", "10", "--eval", dir.File("nothing")).Exit);
    }
}
