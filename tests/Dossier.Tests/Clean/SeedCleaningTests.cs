using Dossier.Clean;
using Dossier.Ingest;
using Dossier.Model;
using Dossier.Tests.Support;

namespace Dossier.Tests.Clean;

/// <summary>Cheap gold on the seeds, trafilatura-style: what must survive cleaning and what must go.</summary>
public class SeedCleaningTests
{
    private static IReadOnlyList<Article> CleanSeed(string prefix)
    {
        var raw = DocumentReader.Read(TestData.Seed(prefix)).Documents.Single();
        return ArticleCleaner.Clean(raw, raw.Content);
    }

    [Fact]
    public void Should_Split_Seed_000_Into_The_Assad_Article_And_Four_Truncated_Teasers()
    {
        // Given / When
        var a = CleanSeed("000");

        // Then
        Assert.Equal(5, a.Count);
        Assert.Null(a[0].FragmentOf);
        Assert.False(a[0].Truncated);
        Assert.EndsWith("We must wait for the continuation of this dialogue.\"", a[0].Text);
        Assert.All(a.Skip(1), f => { Assert.Equal(a[0].Id, f.FragmentOf); Assert.True(f.Truncated); Assert.Equal(a[0].Path, f.Path); });
        Assert.StartsWith("A fire caused by a burst gas pipe", a[1].Text);
        Assert.Contains("Kenyan policeman", a[2].Text);
        Assert.StartsWith("US Vice President J.D. Vance", a[3].Text);
        Assert.StartsWith("Japan unveiled a plan", a[4].Text);
    }

    [Fact]
    public void Should_Cut_Credits_And_Take_Source_From_Sign_Off_In_001()
    {
        var a = CleanSeed("001").Single();
        Assert.Equal("TRTWorld", a.Source);
        Assert.Equal("Little hope for Syrian regime to join anti-ISIS coalition", a.Title);
        Assert.Null(a.Published);
        var removed = a.Removed.Select(r => r.Text).ToList();
        Assert.Contains("Photo by: Reuters", removed);
        Assert.Contains("Bashar al Assad - Archive", removed);
        Assert.Contains("TRTWorld and agencies", removed);
        Assert.DoesNotContain("Photo by", a.Text);
        Assert.Contains("\"We have no objection. The important thing is to be able to form an alliance to fight terrorism,\" he said", a.Text);
        Assert.Contains("The two are bound up together.\"", a.Text);
    }

    [Fact]
    public void Should_Read_Publication_Date_Under_Headline_In_002()
    {
        var a = CleanSeed("002").Single();
        Assert.Equal("TBP", a.Source);
        Assert.Equal("Syrian FM backs Putin's proposal of regional alliance against ISIL", a.Title);
        Assert.Equal("2015-07-23T14:41", a.Published?.ToIso());
        Assert.Contains("Follow us on:", a.Removed.Select(r => r.Text));
        Assert.DoesNotContain("[Xinhua]", a.Text);
        Assert.StartsWith("Amid renewed IS gains in Syria", a.Text);
        Assert.Contains("Washington is still backing rebels seeking to oust Assad.", a.Text);
    }

    [Fact]
    public void Should_Record_Print_Date_As_Page_Date_Not_Publication_In_003()
    {
        var a = CleanSeed("003").Single();
        Assert.Null(a.Published);
        Assert.Contains(a.PageDates, d => d.ToIso() == "2022-01-29T07:15");
        Assert.Equal("U.S. rejects Bashar al-Assad's offer to cooperate with West against terrorism", a.Title);
        foreach (var cut in new[] { "Our code of editorial values", "This article is closed for comments.", "Please Email the Editor", "Next Story" })
        {
            Assert.Contains(cut, a.Removed.Select(r => r.Text));
            Assert.DoesNotContain(cut, a.Text);
        }
        Assert.Contains("U.S. not decided on military option against ISIL", a.Text);
        Assert.EndsWith("link its strongholds in al-Raqqa and across the border in Iraq.", a.Text);
    }

    [Fact]
    public void Should_Treat_Date_Above_Headline_As_Page_Date_In_004()
    {
        var a = CleanSeed("004").Single();
        Assert.Null(a.Published);
        Assert.Contains(a.PageDates, d => d.ToIso() == "2024-11-22");
        Assert.Equal("The News", a.Source);
        Assert.Equal("Syria's Assad Ready to 'Negotiate Everything' with Rebels", a.Title);
        Assert.Equal(2, a.Removed.Count(r => r.Rule == "caption" || r.Rule == "duplicate-line"));
        Assert.StartsWith("BEIRUT - Syrian President Bashar Assad said", a.Text);
        Assert.EndsWith("could have violated the laws of war.", a.Text);
    }

    [Fact]
    public void Should_Keep_Every_Body_Sentence_Of_Every_Seed()
    {
        foreach (var prefix in new[] { "000", "001", "002", "003", "004" })
        {
            var raw = File.ReadAllLines(TestData.Seed(prefix)).Select(l => Dossier.Text.TextNormalizer.Normalize(l).Trim());
            var text = string.Join("\n", CleanSeed(prefix).Select(a => a.Text));
            foreach (var line in raw.Where(LineShape.IsBody))
                Assert.Contains(line, text);
        }
    }
}
