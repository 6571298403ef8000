using Dossier.Entities;

namespace Dossier.Tests.Entities;

public class RobustnessTests
{
    private static readonly string[] Bits =
    [
        "al", "-", "Al-", "the", "The", "Syrian", "foreign", "minister", "of", "Mr.", "President", " ", " ", ".", ",", "\"",
        "'s", "\n", "Assad", "de", "anti-", "X", "Y.", "U.S.", "-led", "Islamic", "State", "and", "Levant", "Council", "for",
        "Foreign Minister", "Deputy", "'", "é", "A", "B-c", "ISIS", "country", "top", "diplomat", "FM", "said", ":", "(", "[",
        "Ki-moon", "bin", "Observatory",
    ];

    [Fact]
    public void Should_Survive_Garbled_Text_With_Spans_Intact_And_Every_Mention_Merged()
    {
        // Given articles of random name-like fragments, particles, titles and punctuation (fixed seed)
        var random = new Random(7);
        var articles = Enumerable.Range(0, 200).Select(n =>
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 60)).Select(_ => Bits[random.Next(Bits.Length)] + (random.Next(3) == 0 ? "" : " ")));
            return SeedStory.Recognise(text, "g" + n);
        }).ToList();

        // When merged
        var entities = new EntityMerger().Merge(articles);

        // Then every span reads its text, and every mention lands in exactly one entity
        Assert.All(articles.SelectMany(a => a.Mentions.Select(m => (a, m))), x => Assert.Equal(x.m.Text, x.m.Span.Of(x.a.Article.Text)));
        Assert.Equal(articles.Sum(a => a.Mentions.Length), entities.Sum(e => e.Mentions.Length));
        Assert.Equal(entities.Length, entities.Select(e => e.Id).Distinct().Count());
    }
}
