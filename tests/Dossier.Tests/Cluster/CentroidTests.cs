using Dossier.Cluster;
using Dossier.Text;

namespace Dossier.Tests.Cluster;

public class CentroidTests
{
    private static TermVector Unit(params (string Term, double Weight)[] w)
    {
        var norm = Math.Sqrt(w.Sum(x => x.Weight * x.Weight));
        return new TermVector(w.ToDictionary(x => x.Term, x => x.Weight / norm));
    }

    [Fact]
    public void Should_Measure_Cohesion_As_The_Mean_Cosine_Of_Member_Pairs()
    {
        // Given: three members; pairwise cosines 0.6, 0.0 and 0.8
        var a = Unit(("x", 1));
        var b = Unit(("x", 0.6), ("y", 0.8));
        var c = Unit(("y", 1));
        var g = new Centroid();

        // When
        g.Add(a);
        g.Add(b);
        g.Add(c);

        // Then: with no prior pairs the cohesion is the plain mean, and the cosine with a member is exact
        Assert.Equal((0.6 + 0.0 + 0.8) / 3, g.Cohesion(prior: 0.3, priorPairs: 0), 9);
        Assert.Equal(g.Dot(a) / Math.Sqrt(g.SquaredLength), g.Cosine(a), 12);
        Assert.Equal(3, g.Count);
    }

    [Fact]
    public void Should_Rate_Two_Halves_Of_One_Group_Near_One_And_Different_Groups_Low()
    {
        // Given: two groups on "x" and one on "z"
        Centroid Of(params TermVector[] vs) { var g = new Centroid(); foreach (var v in vs) g.Add(v); return g; }
        var half1 = Of(Unit(("x", 1), ("y", 0.2)), Unit(("x", 1), ("w", 0.2)));
        var half2 = Of(Unit(("x", 1), ("v", 0.2)), Unit(("x", 1), ("y", 0.2)));
        var other = Of(Unit(("z", 1), ("y", 0.2)), Unit(("z", 1), ("u", 0.2)));

        // When
        var same = half1.Affinity(half2, prior: 0.3, priorPairs: 0);
        var different = half1.Affinity(other, prior: 0.3, priorPairs: 0);

        // Then
        Assert.InRange(same, 0.95, 1.05);
        Assert.InRange(different, 0, 0.1);
    }
}
