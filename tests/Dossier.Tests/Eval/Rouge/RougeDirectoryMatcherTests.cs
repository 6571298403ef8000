using Dossier.Eval.Rouge;
using Dossier.Tests.Support;

namespace Dossier.Tests.Eval.Rouge;

/// <summary>Topics and ids read from file names as DUC, SumRepo and pyrouge users name their files.</summary>
public class RougeDirectoryMatcherTests
{
    [Fact]
    public void Should_Read_Topic_First_And_Id_Last_Across_Naming_Schemes()
    {
        // Given
        using var dir = new TempDir();
        foreach (var name in new[] { "models/D0601.M.250.A.A", "models/D0603.M.250.C.B", "models/d30001.m.100.t.a.html" })
            dir.Write(name, "a sentence.\n");
        foreach (var name in new[] { "peers/D0601.M.250.A.1", "peers/D0603.M.250.C.1", "peers/D0603.M.250.C.10", "peers/d30001.Lead.html", "peers/README" })
            dir.Write(name, "a sentence.\n");

        // When
        var evals = RougeDirectoryMatcher.Match(dir.File("models"), dir.File("peers"));

        // Then
        Assert.Equal(["D0601", "D0603", "d30001"], evals.Select(e => e.Id));
        Assert.Equal(["1"], evals[0].Peers.Keys);
        Assert.Equal(["1", "10"], evals[1].Peers.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Lead"], evals[2].Peers.Keys);
        Assert.Equal(RougeInputFormat.See, evals[2].Peers["Lead"].Format);
        Assert.Equal(RougeInputFormat.Spl, evals[0].Models[0].Format);
    }
}
