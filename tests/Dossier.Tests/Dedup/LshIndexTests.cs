using Dossier.Dedup;

namespace Dossier.Tests.Dedup;

public class LshIndexTests
{
    [Fact]
    public void Should_Find_Every_Article_Sharing_A_Band_After_Growing()
    {
        // Given far more articles than the initial table holds, each sharing band 1 with its neighbour
        var index = new LshIndex(bands: 3, initialCapacity: 8);
        for (var i = 0; i < 5_000; i++) Assert.Equal(i, index.Add([i * 7 + 1, i / 2, -i - 1]));

        // Then a query finds exactly those sharing a key, with how many bands they share
        var found = index.Candidates([7 * 10 + 1, 5, 12345678]);
        Assert.Equal(new Dictionary<int, int> { [10] = 2, [11] = 1 }, found);
        Assert.Equal([29, 2, -5], index.KeysOf(4).ToArray());
        Assert.Empty(index.Candidates([-1, -1, 1]));
    }

    [Fact]
    public void Should_Keep_About_A_Dozen_Bytes_Per_Band_And_Article()
    {
        var index = new LshIndex(bands: 16);
        for (var i = 0; i < 100_000; i++)
        {
            var keys = new int[16];
            for (var b = 0; b < 16; b++) keys[b] = i * 16 + b;
            index.Add(keys);
        }
        Assert.InRange(index.Bytes / (100_000.0 * 16), 4, 16);
    }
}
