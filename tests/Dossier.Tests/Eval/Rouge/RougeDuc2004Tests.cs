using System.Diagnostics;
using Dossier.Eval.Rouge;
using Dossier.Tests.Support;

namespace Dossier.Tests.Eval.Rouge;

/// <summary>
/// ROUGE-1.5.5's own output on DUC 2004 task 2 (13 systems, 50 topics, 4 models each; ../shared/eval/duc2004-rouge,
/// rouge.res from <c>-n 4 -x -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a -d rouge.xml</c>) must come out again
/// character for character: every Average_R/P/F, every interval bound, every per-topic line. Skips when the
/// folder is absent.
/// </summary>
public class RougeDuc2004Tests
{
    private static string Dir => Path.Combine(TestData.EvalDir, "duc2004-rouge");

    private static readonly RougeOptions Duc2004 = new()
    {
        MaxNGram = 4, ComputeLcs = false, Stem = true, WordLimit = 100, Alpha = 0.5, Confidence = 95,
        Resamples = 1000, BestModel = false, CountingUnit = RougeCountingUnit.Sentence, PerEvalScores = true,
    };

    [Fact]
    public void Should_Reproduce_Every_Figure_Of_Rouge_Res_From_Its_Xml_Configuration()
    {
        // Given
        if (!Directory.Exists(Dir)) return;
        var evals = RougeConfigReader.Read(Path.Combine(Dir, "rouge.xml"), Path.Combine(Dir, "models-txt"), Path.Combine(Dir, "peers-txt"));
        var expected = File.ReadAllLines(Path.Combine(Dir, "rouge.res"));

        // When
        var watch = Stopwatch.StartNew();
        var actual = RougeReport.Format(new RougeRunner(Duc2004).Run(evals), Duc2004).Split('\n')[..^1];
        watch.Stop();

        // Then
        var averages = expected.Where(l => l.Contains(" Average_", StringComparison.Ordinal)).ToList();
        Assert.Equal(13 * 4 * 3, averages.Count);
        foreach (var line in averages) Assert.Contains(line, actual);
        Assert.Equal(expected, actual);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Should_Match_Topics_By_File_Name_Without_The_Configuration()
    {
        // Given
        if (!Directory.Exists(Dir)) return;
        var evals = RougeDirectoryMatcher.Match(Path.Combine(Dir, "models-txt"), Path.Combine(Dir, "peers-txt"));
        var expected = File.ReadAllText(Path.Combine(Dir, "rouge.res"));

        // When
        var actual = RougeReport.Format(new RougeRunner(Duc2004).Run(evals), Duc2004);

        // Then
        Assert.Equal(50, evals.Count);
        Assert.All(evals, e => Assert.Equal(4, e.Models.Count));
        Assert.Equal(expected, actual);
    }
}
