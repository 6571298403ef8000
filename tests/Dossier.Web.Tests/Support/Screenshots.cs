using Dossier.Tests.Support;
using Dossier.Web.Tests.Browser;

namespace Dossier.Web.Tests.Support;

/// <summary>Where the browser tests leave the last run's screenshots for people to look at (git-ignored), and the check that one is not blank.</summary>
public static class Screenshots
{
    public static string Dir { get; } = Path.Combine(TestData.RepoRoot, "tests", "Dossier.Web.Tests", "screenshots");

    public static string File(string name) => Path.Combine(Dir, name);

    /// <summary>A rendered page has text and colour: many distinct colours, and a fair share of pixels unlike the background.</summary>
    public static void AssertNotBlank(byte[] png, string name)
    {
        Assert.True(png.Length > 10_000, $"{name}: only {png.Length} bytes");
        var (width, height, pixels) = Png.Decode(png);
        Assert.Equal(CdpPage.Width, width);
        Assert.True(height >= 200, $"{name}: {height} px tall");
        var counts = pixels.GroupBy(p => p).Select(g => g.Count()).OrderDescending().ToList();
        var background = counts[0];
        Assert.True(counts.Count >= 32, $"{name}: {counts.Count} distinct colours");
        Assert.True(pixels.Length - background > pixels.Length / 50, $"{name}: {100.0 * (pixels.Length - background) / pixels.Length:F1}% of pixels differ from the background");
    }
}
