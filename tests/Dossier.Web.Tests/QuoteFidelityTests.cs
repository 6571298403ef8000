using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Dossier.Model;

namespace Dossier.Web.Tests;

public class QuoteFidelityTests
{
    private static Article Article(string id, string outlet) => new(id, id + ".txt", InputFormat.Text, outlet, null, null, "", ImmutableArray<Sentence>.Empty);

    private static JsonObject Quote(string article, string text, string speaker = "Walid al-Moallem") =>
        new() { ["speaker"] = speaker, ["entity"] = "e-" + speaker, ["text"] = text, ["article"] = article };

    [Fact]
    public void Should_Flag_The_Words_Two_Outlets_Quote_Differently()
    {
        var quotes = new JsonArray(
            Quote("a", "Such an alliance would need a miracle"),
            Quote("b", "Such an alliance would require a miracle"),
            Quote("c", "Such an alliance would need a miracle"),
            Quote("b", "We will never negotiate with terrorists"));
        QuoteFidelity.Flag(quotes, new Dictionary<string, Article> { ["a"] = Article("a", "TRTWorld"), ["b"] = Article("b", "The News"), ["c"] = Article("c", "TBP") });

        var differs = quotes[0]!["differs"]!.AsArray();
        var flag = Assert.Single(differs);
        Assert.Equal("The News", (string?)flag!["outlet"]);
        Assert.Equal(["need"], Json.Strings(flag["words"]));
        Assert.Equal(["require"], Json.Strings(flag["missing"]));
        Assert.Null(quotes[3]!["differs"]);     // a different statement, not a different version
    }

    [Fact]
    public void Should_Not_Compare_Quotes_Of_Different_Speakers()
    {
        var quotes = new JsonArray(Quote("a", "Such an alliance would need a miracle"), Quote("b", "Such an alliance would require a miracle", "Bashar al-Assad"));
        QuoteFidelity.Flag(quotes, new Dictionary<string, Article> { ["a"] = Article("a", "TRTWorld"), ["b"] = Article("b", "The News") });
        Assert.All(quotes, q => Assert.Null(q!["differs"]));
    }
}
