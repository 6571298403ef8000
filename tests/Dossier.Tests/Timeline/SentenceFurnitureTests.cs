using Dossier.Model;
using Dossier.Timeline;

namespace Dossier.Tests.Timeline;

public class SentenceFurnitureTests
{
    private static Sentence At(int start, string text) => new(3, new TextSpan(start, start + text.Length), text);

    [Fact]
    public void Should_Cut_A_Photo_Credit_And_The_Caption_Before_It()
    {
        // Given a caption and credit glued to the front of a report's sentence
        var s = At(100, "Oil booms in Louisiana. Photograph : Gerald Herbert\\/AP The giant steel box was lowered over the leak on Thursday .");

        // When
        var trimmed = SentenceFurniture.Trim(s);

        // Then the entry starts with the report, and its span still points at those characters
        Assert.Equal("The giant steel box was lowered over the leak on Thursday .", trimmed.Text);
        Assert.Equal(s.Span.End, trimmed.Span.End);
        Assert.Equal(s.Text[(trimmed.Span.Start - s.Span.Start)..], trimmed.Text);
        Assert.Equal(3, trimmed.Index);
    }

    [Fact]
    public void Should_Cut_A_Credit_Naming_Several_Agencies()
    {
        var s = At(0, "Photograph: Alfredo Estrella/AFP/Getty Images The death toll from swine flu in Mexico rose to 20.");
        Assert.Equal("The death toll from swine flu in Mexico rose to 20.", SentenceFurniture.Trim(s).Text);
    }

    [Fact]
    public void Should_Leave_A_Sentence_Without_A_Credit_Or_With_Too_Little_After_It()
    {
        var plain = At(0, "The Syrian National Council (SNC) - the main opposition group - rejected the plan.");
        var bare = At(0, "Photograph: Gerald Herbert/AP Oil booms.");
        Assert.Same(plain, SentenceFurniture.Trim(plain));
        Assert.Same(bare, SentenceFurniture.Trim(bare));
    }
}
