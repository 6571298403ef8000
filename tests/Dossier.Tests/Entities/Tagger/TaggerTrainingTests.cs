using Dossier.Entities.Tagger;

namespace Dossier.Tests.Entities.Tagger;

/// <summary>Training on a toy corpus, saving and loading, and the CoNLL output format.</summary>
public sealed class TaggerTrainingTests
{
    private static readonly string[] Toy =
    [
        "-DOCSTART- -X- -X- O", "",
        "Peter NNP I-NP I-PER", "Blake NNP I-NP I-PER", "visited VBD I-VP O", "Paris NNP I-NP I-LOC", ". . O O", "",
        "Acme NNP I-NP I-ORG", "Corp NNP I-NP I-ORG", "hired VBD I-VP O", "Anna NNP I-NP I-PER", "Smith NNP I-NP I-PER", ". . O O", "",
        "-DOCSTART- -X- -X- O", "",
        "Anna NNP I-NP I-PER", "flew VBD I-VP O", "to TO I-PP O", "Paris NNP I-NP I-LOC", ". . O O", "",
    ];

    [Fact]
    public void Should_Learn_A_Toy_Corpus_And_Survive_Save_And_Load()
    {
        // Given a model trained on three sentences
        var docs = ConllCorpus.Parse(Toy);
        var model = new PerceptronTrainer(ClusterLearner.Learn(docs.SelectMany(d => d.Sentences).Select(s => s.Words), fine: 4, coarse: 2, minCount: 1)).Train(docs, epochs: 5, seed: 1);

        // When saved and loaded again
        using var buffer = new MemoryStream();
        model.Save(buffer, minWeight: 0f);
        buffer.Position = 0;
        var loaded = TaggerModel.Load(buffer);

        // Then it tags its own training text back, in IOB1 like the input
        Assert.True(ConllCorpus.IsIob1(docs));
        var lines = ConllTagging.Lines(docs, loaded, iob1: true).ToList();
        Assert.All(lines.Where(l => l.Length > 0), l =>
        {
            var cols = l.Split(' ');
            Assert.Equal(3, cols.Length);
            Assert.Equal(cols[1], cols[2]);
        });
    }

    [Fact]
    public void Should_Train_A_Second_Stage_That_Survives_Save_And_Load()
    {
        // Given a two-stage model trained on the toy corpus, its second stage learning from jackknifed first-stage labels
        var docs = ConllCorpus.Parse(Toy);
        var clusters = ClusterLearner.Learn(docs.SelectMany(d => d.Sentences).Select(s => s.Words), fine: 4, coarse: 2, minCount: 1);
        var model = TwoStageTrainer.Train(clusters, docs, epochs: 5, seeds: [1], folds: 2);

        // When saved and loaded again
        using var buffer = new MemoryStream();
        model.Save(buffer, minWeight: 0f);
        buffer.Position = 0;
        var loaded = TaggerModel.Load(buffer);

        // Then both stages are there and the pair tags its training text back
        Assert.NotNull(loaded.Second);
        var lines = ConllTagging.Lines(docs, loaded, iob1: true).Where(l => l.Length > 0).Select(l => l.Split(' ')).ToList();
        Assert.All(lines, cols => Assert.Equal(cols[1], cols[2]));
    }

    [Fact]
    public void Should_Keep_Docstart_And_Blank_Lines_In_The_Output()
    {
        // Given the toy corpus tagged by the committed model
        var lines = ConllTagging.Lines(ConllCorpus.Parse(Toy), NerModel.Default, iob1: true).ToList();

        // Then input and output line up: -DOCSTART- as "-DOCSTART- O O", a blank line after each sentence
        Assert.Equal("-DOCSTART- O O", lines[0]);
        Assert.Equal("", lines[1]);
        Assert.StartsWith("Peter I-PER ", lines[2], StringComparison.Ordinal);
        Assert.Equal(Toy.Length, lines.Count);
    }

    [Fact]
    public void Should_Write_IOB1_B_Only_Between_Two_Names_Of_One_Type()
    {
        // Given BILOU labels B-PER L-PER U-PER O U-LOC, as read from IOB1
        int[] labels = [1, 3, 4, 0, 12];
        Assert.Equal(labels, NerLabels.FromTags(["I-PER", "I-PER", "B-PER", "O", "I-LOC"]));

        // When written in each scheme
        var iob1 = NerLabels.ToTags(labels, iob1: true);
        var iob2 = NerLabels.ToTags(labels, iob1: false);

        // Then IOB1 keeps B- only for the second adjacent person
        Assert.Equal(["I-PER", "I-PER", "B-PER", "O", "I-LOC"], iob1);
        Assert.Equal(["B-PER", "I-PER", "B-PER", "O", "B-LOC"], iob2);
    }
}
