namespace Dossier.Tests.Support;

/// <summary>A CoNLL-2003 column file small enough to train on in a test, for the syntax tagger and `train syntax`.</summary>
public static class TinyConll
{
    /// <summary>Six sentences ("word POS chunk NER" lines) in the layout of CoNLL-2003's train.txt, -DOCSTART- included.</summary>
    public const string Text = """
        -DOCSTART- -X- -X- O

        Smith NNP B-NP B-PER
        said VBD B-VP O
        the DT B-NP O
        deal NN I-NP O
        would MD B-VP O
        fail VB I-VP O
        . . O O

        The DT B-NP O
        minister NN I-NP O
        denied VBD B-VP O
        the DT B-NP O
        report NN I-NP O
        . . O O

        She PRP B-NP O
        told VBD B-VP O
        reporters NNS B-NP O
        in IN B-PP O
        Paris NNP B-NP B-LOC
        . . O O

        -DOCSTART- -X- -X- O

        Prices NNS B-NP O
        rose VBD B-VP O
        sharply RB B-ADVP O
        on IN B-PP O
        Monday NNP B-NP O
        . . O O

        He PRP B-NP O
        will MD B-VP O
        visit VB I-VP O
        the DT B-NP O
        new JJ I-NP O
        plant NN I-NP O
        . . O O

        " " O O
        We PRP B-NP O
        agreed VBD B-VP O
        , , O O
        " " O O
        Jones NNP B-NP B-PER
        said VBD B-VP O
        . . O O
        """;

    public static string[] Lines => Text.Split('\n');

    public static string Write(TempDir dir, string name = "train.txt") => dir.Write(name, Text + "\n");
}
