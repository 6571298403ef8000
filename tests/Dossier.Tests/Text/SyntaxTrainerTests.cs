using Dossier.Eval;
using Dossier.Tests.Support;
using Dossier.Text;

namespace Dossier.Tests.Text;

public class SyntaxTrainerTests
{
    [Fact]
    public void ReadsThePosAndChunkColumnsSentenceBySentence()
    {
        var sentences = ConllColumns.Parse(TinyConll.Lines);

        Assert.Equal(6, sentences.Count);
        Assert.Equal(["Smith", "said", "the", "deal", "would", "fail", "."], sentences[0].Words);
        Assert.Equal(["NNP", "VBD", "DT", "NN", "MD", "VB", "."], sentences[0].Pos);
        Assert.Equal(["B-NP", "B-VP", "B-NP", "I-NP", "B-VP", "I-VP", "O"], sentences[0].Chunk);
        Assert.DoesNotContain(sentences, s => s.Words.Contains("-DOCSTART-"));
    }

    [Fact]
    public void LearnsATinyCorpus()
    {
        var sentences = ConllColumns.Parse(TinyConll.Lines);

        var tagger = SyntaxTrainer.Train(sentences, epochs: 10);

        foreach (var s in sentences)
        {
            var tags = tagger.Tag(s.Words);
            Assert.Equal(s.Pos, tags.Pos);
            Assert.Equal(s.Chunk, tags.Chunk);
        }
        var score = SyntaxEval.Score(tagger, sentences);
        Assert.Equal(1.0, score.PosAccuracy);
        Assert.Equal(1.0, score.Chunks.Overall.F1);
    }

    [Fact]
    public void TheSameDataTrainsTheSameModel()
    {
        var sentences = ConllColumns.Parse(TinyConll.Lines);

        Assert.Equal(Saved(SyntaxTrainer.Train(sentences, 3)), Saved(SyntaxTrainer.Train(sentences, 3)));
    }

    [Fact]
    public void ASavedModelLoadsBackAndTagsAlike()
    {
        var tagger = SyntaxTrainer.Train(ConllColumns.Parse(TinyConll.Lines), epochs: 10);
        var words = "The minister said prices would rise .".Split(' ');

        var back = SyntaxTagger.Load(new MemoryStream(Saved(tagger)));

        Assert.Equal(tagger.PosLabels, back.PosLabels);
        Assert.Equal(tagger.ChunkLabels, back.ChunkLabels);
        Assert.Equal(tagger.Tag(words).Pos, back.Tag(words).Pos);
        Assert.Equal(tagger.Tag(words).Chunk, back.Tag(words).Chunk);
    }

    [Fact]
    public void RefusesAFileThatIsNotASyntaxModel()
    {
        using var bytes = new MemoryStream();
        using (var brotli = new System.IO.Compression.BrotliStream(bytes, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            brotli.Write(new byte[16]);
        bytes.Position = 0;

        Assert.Throws<InvalidDataException>(() => SyntaxTagger.Load(bytes));
    }

    [Fact]
    public void TheEmbeddedModelKeepsItsMeasuredFiguresOnValid()
    {
        var path = Path.Combine(TestData.EvalDir, "conll2003", "valid.txt");
        if (!File.Exists(path)) return; // ../shared/eval absent: nothing to measure against

        var score = SyntaxEval.Score(SyntaxTagger.Embedded!, ConllColumns.Read(path));

        // measured when the model was committed: 0.9574 and 0.9194
        Assert.True(score.PosAccuracy >= 0.955, $"part-of-speech accuracy {score.PosAccuracy:F4}");
        Assert.True(score.Chunks.Overall.F1 >= 0.915, $"chunk F1 {score.Chunks.Overall.F1:F4}");
    }

    private static byte[] Saved(SyntaxTagger tagger)
    {
        using var bytes = new MemoryStream();
        tagger.Save(bytes, 0.01f);
        return bytes.ToArray();
    }
}
