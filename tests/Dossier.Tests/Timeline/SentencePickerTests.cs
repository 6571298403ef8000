using Dossier.Model;
using Dossier.Tests.Support;
using Dossier.Text;
using Dossier.Timeline;

namespace Dossier.Tests.Timeline;

public class SentencePickerTests
{
    private static AnnotatedArticle Annotated(string id, DateValue published, string text)
    {
        var article = TestData.Article(text, id: id, published: published, source: id);
        var tokens = Tokenizer.Tokenize(article.Text);
        return new AnnotatedArticle(article, tokens, [], new TemporalTagger().Tag(article, tokens), []);
    }

    [Fact]
    public void Should_Judge_A_Named_Date_By_The_Sentences_That_Name_It()
    {
        // Given an oil-spill story, and an article of May 4 whose lead names no date and is about shares
        AnnotatedArticle[] story =
        [
            Annotated("a", new DateValue(2010, 5, 4), "London shares closed higher as banks and miners rallied."),
            Annotated("b", new DateValue(2010, 5, 6), "BP engineers lowered a containment dome over the leaking well on May 4, but hydrate crystals clogged it."),
            Annotated("c", new DateValue(2010, 5, 8), "BP said the leaking well could be capped with a smaller containment dome."),
        ];
        var picker = new SentencePicker(story);
        var may4 = DateEvidence.Score(story).Single(d => d.Date == new DateValue(2010, 5, 4));
        var named = may4 with { Sentences = [.. may4.Sentences.Where(s => s.Explicit)] };

        // When
        var relevance = picker.Relevance(may4);

        // Then the lead about shares, a stand-in for dates nothing names, does not pull the named date down
        Assert.Contains(may4.Sentences, s => !s.Explicit);
        Assert.Equal(picker.Relevance(named), relevance, 9);
        Assert.True(relevance > 0);
    }

    [Fact]
    public void Should_Give_Each_Article_One_Vote_On_What_The_Story_Is_About()
    {
        // Given one long market report and three short reports of the leaking well
        AnnotatedArticle[] story =
        [
            Annotated("markets", new DateValue(2010, 5, 10),
                "Bank shares fell sharply in London on May 3.\nTraders sold bank shares across London.\nLondon bank shares slid again.\n"
                + "Investors dumped bank shares in London.\nBank shares in London ended lower.\nLondon traders expect bank shares to recover."),
            Annotated("b", new DateValue(2010, 5, 10), "Engineers lowered a containment dome over the leaking well on May 7."),
            Annotated("c", new DateValue(2010, 5, 11), "The containment dome over the leaking well was clogged."),
            Annotated("d", new DateValue(2010, 5, 12), "A smaller containment dome may cap the leaking well."),
        ];
        var picker = new SentencePicker(story);
        var dates = DateEvidence.Score(story);

        // When
        var shares = picker.Relevance(dates.Single(d => d.Date == new DateValue(2010, 5, 3)));
        var dome = picker.Relevance(dates.Single(d => d.Date == new DateValue(2010, 5, 7)));

        // Then the day the reports' events fall on is the more relevant, though one article says more sentences about shares
        Assert.True(dome > shares, $"dome {dome:F3} <= shares {shares:F3}");
    }
}
