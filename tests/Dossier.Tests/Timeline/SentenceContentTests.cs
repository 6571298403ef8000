using Dossier.Timeline;

namespace Dossier.Tests.Timeline;

public class SentenceContentTests
{
    [Theory]
    [InlineData("It is on the seabed but is being kept away from the well for now , BP said .", "It is on the seabed but is being kept away from the well for now")]
    [InlineData("At least 233 people have been killed in the protests , according to Human Rights Watch .", "At least 233 people have been killed in the protests")]
    [InlineData("Four rockets struck the compound Thursday and killed at least three people , a Libyan government official told CNN .", "Four rockets struck the compound Thursday and killed at least three people")]
    [InlineData("NATO will meet at the White House on Friday to discuss the alliance 's role , the White House said late on Wednesday .", "NATO will meet at the White House on Friday to discuss the alliance 's role")]
    [InlineData("The board will consider resuming dividend payments next year , said BP 's chairman Carl-Henric Svanberg .", "The board will consider resuming dividend payments next year")]
    public void Should_Leave_Out_The_Closing_Attribution(string sentence, string content)
    {
        // Given a report closed by who said it and when; When its content is taken; Then only the report is left
        Assert.Equal(content, SentenceContent.Of(sentence));
    }

    [Theory]
    [InlineData("The White House said on Tuesday that BP was complying with the request to use less dispersant .")]
    [InlineData("A spokesman said the company would pay $ 20bn into the fund , he said the money would be paid over four years .")]
    [InlineData("Green said crews had reached the well , and that the public did what we have told them to do .")]
    [InlineData("Peter Scambler , a geneticist in London , said : '' This is a technical tour de force .")]
    [InlineData("The well is dead , BP said .")]
    public void Should_Keep_A_Sentence_Whose_Saying_Is_Its_Content(string sentence)
    {
        // A leading speaker, what follows "said" that is not a time or manner, a quoted statement, or too little left
        Assert.Equal(sentence, SentenceContent.Of(sentence));
    }
}
