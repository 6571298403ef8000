using Dossier.Entities.Tagger;
using Dossier.Eval;
using Dossier.Tests.Support;

namespace Dossier.Tests.Entities.Tagger;

/// <summary>The committed model on CoNLL-2003 valid.txt (../shared/eval; the test passes vacuously without it).</summary>
public sealed class ConllValidTests
{
    [Fact]
    public void Should_Keep_Its_Measured_F1_On_Valid()
    {
        var path = Path.Combine(TestData.EvalDir, "conll2003", "valid.txt");
        if (!File.Exists(path)) return;

        // Given valid.txt / When tagged and scored as conlleval does
        var docs = ConllCorpus.Read(path);
        var result = ConllEval.Score(ConllTagging.Lines(docs, NerModel.Default, ConllCorpus.IsIob1(docs)).ToList());

        // Then the F1 stays at the level measured when the model was committed
        Assert.True(result.Overall.F1 >= 0.93, $"valid F1 {result.Overall.F1:F4}");
    }
}
