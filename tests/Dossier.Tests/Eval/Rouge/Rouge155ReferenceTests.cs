using Dossier.Eval.Rouge;
using Dossier.Tests.Support;

namespace Dossier.Tests.Eval.Rouge;

/// <summary>
/// Every measure and option family against ROUGE-1.5.5.pl itself: two topics of made-up summaries (written here,
/// with hyphens, numbers, repeats, words in the stemming exceptions), and the output ROUGE-1.5.5.pl printed for
/// them under perl 5.36 with each command line below, kept verbatim. Covers ROUGE-L, ROUGE-W, ROUGE-S*, ROUGE-SU4,
/// -s, -l, -b, -f B, -t 1, which the DUC 2004 reference (ROUGE-N only) does not.
/// </summary>
public class Rouge155ReferenceTests
{
    private static readonly Dictionary<string, string> Files = new()
    {
        ["m/t1.A"] = "The U.S.-led coalition agreed on a cease-fire late Tuesday.\nTalks were held in Geneva, and the rebels went home.\n",
        ["m/t1.B"] = "Rebels and the government agreed to a ceasefire on Tuesday after talks in Geneva.\nThe agreement was better than expected.\n",
        ["m/t2.A"] = "Floods killed 1,200 people in Bangladesh and displaced millions.\nAid agencies warned of cholera outbreaks.\n",
        ["m/t2.B"] = "In Bangladesh, flooding left 1,200 dead; millions were displaced and cholera was feared.\n",
        ["p/t1.X"] = "Coalition leaders agreed a cease-fire on Tuesday; the rebels went home after talks.\nGeneva talks were better.\n",
        ["p/t1.Y"] = "Geneva hosted talks. Talks talks talks. The rebels left.\n",
        ["p/t2.X"] = "Aid agencies say floods in Bangladesh killed 1,200 and displaced millions of people.\n",
        ["p/t2.Y"] = "Millions displaced. Cholera feared by aid agencies in flooded Bangladesh.\n",
    };

    private const string Config = """
<ROUGE-EVAL version="1.0">
<EVAL ID="t1">
<INPUT-FORMAT TYPE="SPL"></INPUT-FORMAT>
<MODEL-ROOT>m</MODEL-ROOT>
<MODELS>
<M ID="A">t1.A</M>
<M ID="B">t1.B</M>
</MODELS>
<PEER-ROOT>p</PEER-ROOT>
<PEERS>
<P ID="X">t1.X</P>
<P ID="Y">t1.Y</P>
</PEERS>
</EVAL>
<EVAL ID="t2">
<INPUT-FORMAT TYPE="SPL"></INPUT-FORMAT>
<MODEL-ROOT>m</MODEL-ROOT>
<MODELS>
<M ID="A">t2.A</M>
<M ID="B">t2.B</M>
</MODELS>
<PEER-ROOT>p</PEER-ROOT>
<PEERS>
<P ID="X">t2.X</P>
<P ID="Y">t2.Y</P>
</PEERS>
</EVAL>
</ROUGE-EVAL>
""";

    /// <summary>ROUGE-1.5.5.pl -n 2 -m -2 4 -u -w 1.2 -d -a synth.xml</summary>
    private const string Expected1 = """
---------------------------------------------
X ROUGE-1 Average_R: 0.63572 (95%-conf.int. 0.57143 - 0.70000)
X ROUGE-1 Average_P: 0.70833 (95%-conf.int. 0.66667 - 0.75000)
X ROUGE-1 Average_F: 0.66977 (95%-conf.int. 0.61539 - 0.72414)
.............................................
X ROUGE-1 Eval t1.X R:0.57143 P:0.66667 F:0.61539
X ROUGE-1 Eval t2.X R:0.70000 P:0.75000 F:0.72414
---------------------------------------------
X ROUGE-2 Average_R: 0.24285 (95%-conf.int. 0.20000 - 0.28571)
X ROUGE-2 Average_P: 0.27149 (95%-conf.int. 0.23529 - 0.30769)
X ROUGE-2 Average_F: 0.25625 (95%-conf.int. 0.21621 - 0.29629)
.............................................
X ROUGE-2 Eval t1.X R:0.20000 P:0.23529 F:0.21621
X ROUGE-2 Eval t2.X R:0.28571 P:0.30769 F:0.29629
---------------------------------------------
X ROUGE-L Average_R: 0.48809 (95%-conf.int. 0.47619 - 0.50000)
X ROUGE-L Average_P: 0.54564 (95%-conf.int. 0.53571 - 0.55556)
X ROUGE-L Average_F: 0.51503 (95%-conf.int. 0.51282 - 0.51724)
.............................................
X ROUGE-L Eval t1.X R:0.47619 P:0.55556 F:0.51282
X ROUGE-L Eval t2.X R:0.50000 P:0.53571 F:0.51724
---------------------------------------------
X ROUGE-W-1.2 Average_R: 0.24533 (95%-conf.int. 0.23267 - 0.25799)
X ROUGE-W-1.2 Average_P: 0.44135 (95%-conf.int. 0.43889 - 0.44382)
X ROUGE-W-1.2 Average_F: 0.31521 (95%-conf.int. 0.30412 - 0.32630)
.............................................
X ROUGE-W-1.2 Eval t1.X R:0.23267 P:0.43889 F:0.30412
X ROUGE-W-1.2 Eval t2.X R:0.25799 P:0.44382 F:0.32630
---------------------------------------------
X ROUGE-SU4 Average_R: 0.31198 (95%-conf.int. 0.25909 - 0.36486)
X ROUGE-SU4 Average_P: 0.35342 (95%-conf.int. 0.30978 - 0.39706)
X ROUGE-SU4 Average_F: 0.33123 (95%-conf.int. 0.28218 - 0.38028)
.............................................
X ROUGE-SU4 Eval t1.X R:0.25909 P:0.30978 F:0.28218
X ROUGE-SU4 Eval t2.X R:0.36486 P:0.39706 F:0.38028
---------------------------------------------
Y ROUGE-1 Average_R: 0.34524 (95%-conf.int. 0.19048 - 0.50000)
Y ROUGE-1 Average_P: 0.59722 (95%-conf.int. 0.44444 - 0.75000)
Y ROUGE-1 Average_F: 0.43334 (95%-conf.int. 0.26667 - 0.60000)
.............................................
Y ROUGE-1 Eval t1.Y R:0.19048 P:0.44444 F:0.26667
Y ROUGE-1 Eval t2.Y R:0.50000 P:0.75000 F:0.60000
---------------------------------------------
Y ROUGE-2 Average_R: 0.03036 (95%-conf.int. 0.02500 - 0.03571)
Y ROUGE-2 Average_P: 0.05903 (95%-conf.int. 0.05556 - 0.06250)
Y ROUGE-2 Average_F: 0.03959 (95%-conf.int. 0.03571 - 0.04348)
.............................................
Y ROUGE-2 Eval t1.Y R:0.02500 P:0.06250 F:0.03571
Y ROUGE-2 Eval t2.Y R:0.03571 P:0.05556 F:0.04348
---------------------------------------------
Y ROUGE-L Average_R: 0.19286 (95%-conf.int. 0.11905 - 0.26667)
Y ROUGE-L Average_P: 0.33889 (95%-conf.int. 0.27778 - 0.40000)
Y ROUGE-L Average_F: 0.24333 (95%-conf.int. 0.16667 - 0.32000)
.............................................
Y ROUGE-L Eval t1.Y R:0.11905 P:0.27778 F:0.16667
Y ROUGE-L Eval t2.Y R:0.26667 P:0.40000 F:0.32000
---------------------------------------------
Y ROUGE-W-1.2 Average_R: 0.09955 (95%-conf.int. 0.06320 - 0.13589)
Y ROUGE-W-1.2 Average_P: 0.28286 (95%-conf.int. 0.23844 - 0.32729)
Y ROUGE-W-1.2 Average_F: 0.14598 (95%-conf.int. 0.09992 - 0.19204)
.............................................
Y ROUGE-W-1.2 Eval t1.Y R:0.06320 P:0.23844 F:0.09992
Y ROUGE-W-1.2 Eval t2.Y R:0.13589 P:0.32729 F:0.19204
---------------------------------------------
Y ROUGE-SU4 Average_R: 0.10719 (95%-conf.int. 0.04545 - 0.16892)
Y ROUGE-SU4 Average_P: 0.20783 (95%-conf.int. 0.13158 - 0.28409)
Y ROUGE-SU4 Average_F: 0.13972 (95%-conf.int. 0.06756 - 0.21187)
.............................................
Y ROUGE-SU4 Eval t1.Y R:0.04545 P:0.13158 F:0.06756
Y ROUGE-SU4 Eval t2.Y R:0.16892 P:0.28409 F:0.21187
""";

    /// <summary>ROUGE-1.5.5.pl -n 2 -s -l 12 -f B -2 -1 -U -d -a synth.xml</summary>
    private const string Expected2 = """
---------------------------------------------
X ROUGE-1 Average_R: 0.68687 (95%-conf.int. 0.55556 - 0.81818)
X ROUGE-1 Average_P: 0.81250 (95%-conf.int. 0.62500 - 1.00000)
X ROUGE-1 Average_F: 0.74412 (95%-conf.int. 0.58824 - 0.90000)
.............................................
X ROUGE-1 Eval t1.X R:0.55556 P:0.62500 F:0.58824
X ROUGE-1 Eval t2.X R:0.81818 P:1.00000 F:0.90000
---------------------------------------------
X ROUGE-2 Average_R: 0.32500 (95%-conf.int. 0.25000 - 0.40000)
X ROUGE-2 Average_P: 0.39285 (95%-conf.int. 0.28571 - 0.50000)
X ROUGE-2 Average_F: 0.35555 (95%-conf.int. 0.26666 - 0.44444)
.............................................
X ROUGE-2 Eval t1.X R:0.25000 P:0.28571 F:0.26666
X ROUGE-2 Eval t2.X R:0.40000 P:0.50000 F:0.44444
---------------------------------------------
X ROUGE-L Average_R: 0.64141 (95%-conf.int. 0.55556 - 0.72727)
X ROUGE-L Average_P: 0.75694 (95%-conf.int. 0.62500 - 0.88889)
X ROUGE-L Average_F: 0.69412 (95%-conf.int. 0.58824 - 0.80000)
.............................................
X ROUGE-L Eval t1.X R:0.55556 P:0.62500 F:0.58824
X ROUGE-L Eval t2.X R:0.72727 P:0.88889 F:0.80000
---------------------------------------------
X ROUGE-S* Average_R: 0.31162 (95%-conf.int. 0.27778 - 0.34545)
X ROUGE-S* Average_P: 0.44246 (95%-conf.int. 0.35714 - 0.52778)
X ROUGE-S* Average_F: 0.36504 (95%-conf.int. 0.31250 - 0.41758)
.............................................
X ROUGE-S* Eval t1.X R:0.27778 P:0.35714 F:0.31250
X ROUGE-S* Eval t2.X R:0.34545 P:0.52778 F:0.41758
---------------------------------------------
X ROUGE-SU* Average_R: 0.37815 (95%-conf.int. 0.34091 - 0.41538)
X ROUGE-SU* Average_P: 0.52110 (95%-conf.int. 0.42857 - 0.61364)
X ROUGE-SU* Average_F: 0.43758 (95%-conf.int. 0.37975 - 0.49541)
.............................................
X ROUGE-SU* Eval t1.X R:0.34091 P:0.42857 F:0.37975
X ROUGE-SU* Eval t2.X R:0.41538 P:0.61364 F:0.49541
---------------------------------------------
Y ROUGE-1 Average_R: 0.39394 (95%-conf.int. 0.33333 - 0.45455)
Y ROUGE-1 Average_P: 0.43750 (95%-conf.int. 0.25000 - 0.62500)
Y ROUGE-1 Average_F: 0.40601 (95%-conf.int. 0.28571 - 0.52632)
.............................................
Y ROUGE-1 Eval t1.Y R:0.33333 P:0.25000 F:0.28571
Y ROUGE-1 Eval t2.Y R:0.45455 P:0.62500 F:0.52632
---------------------------------------------
Y ROUGE-2 Average_R: 0.12500 (95%-conf.int. 0.00000 - 0.25000)
Y ROUGE-2 Average_P: 0.14285 (95%-conf.int. 0.00000 - 0.28571)
Y ROUGE-2 Average_F: 0.13333 (95%-conf.int. 0.00000 - 0.26666)
.............................................
Y ROUGE-2 Eval t1.Y R:0.00000 P:0.00000 F:0.00000
Y ROUGE-2 Eval t2.Y R:0.25000 P:0.28571 F:0.26666
---------------------------------------------
Y ROUGE-L Average_R: 0.25000 (95%-conf.int. 0.16667 - 0.33333)
Y ROUGE-L Average_P: 0.25000 (95%-conf.int. 0.12500 - 0.37500)
Y ROUGE-L Average_F: 0.24790 (95%-conf.int. 0.14286 - 0.35294)
.............................................
Y ROUGE-L Eval t1.Y R:0.16667 P:0.12500 F:0.14286
Y ROUGE-L Eval t2.Y R:0.33333 P:0.37500 F:0.35294
---------------------------------------------
Y ROUGE-S* Average_R: 0.04546 (95%-conf.int. 0.00000 - 0.09091)
Y ROUGE-S* Average_P: 0.08928 (95%-conf.int. 0.00000 - 0.17857)
Y ROUGE-S* Average_F: 0.06024 (95%-conf.int. 0.00000 - 0.12048)
.............................................
Y ROUGE-S* Eval t1.Y R:0.00000 P:0.00000 F:0.00000
Y ROUGE-S* Eval t2.Y R:0.09091 P:0.17857 F:0.12048
---------------------------------------------
Y ROUGE-SU* Average_R: 0.09423 (95%-conf.int. 0.05000 - 0.13846)
Y ROUGE-SU* Average_P: 0.14286 (95%-conf.int. 0.02857 - 0.25714)
Y ROUGE-SU* Average_F: 0.10818 (95%-conf.int. 0.03636 - 0.18000)
.............................................
Y ROUGE-SU* Eval t1.Y R:0.05000 P:0.02857 F:0.03636
Y ROUGE-SU* Eval t2.Y R:0.13846 P:0.25714 F:0.18000
""";

    /// <summary>ROUGE-1.5.5.pl -n 1 -x -b 60 -t 1 -d -a synth.xml</summary>
    private const string Expected3 = """
---------------------------------------------
X ROUGE-1 Average_R: 0.59129 (95%-conf.int. 0.58333 - 0.60000)
X ROUGE-1 Average_P: 0.62090 (95%-conf.int. 0.54545 - 0.70000)
X ROUGE-1 Average_F: 0.60427 (95%-conf.int. 0.57143 - 0.63636)
.............................................
X ROUGE-1 Eval t1.X R:24 P:20 F:14
X ROUGE-1 Eval t2.X R:20 P:22 F:12
---------------------------------------------
Y ROUGE-1 Average_R: 0.16081 (95%-conf.int. 0.12500 - 0.20000)
Y ROUGE-1 Average_P: 0.19444 (95%-conf.int. 0.16667 - 0.22222)
Y ROUGE-1 Average_F: 0.17585 (95%-conf.int. 0.14286 - 0.21053)
.............................................
Y ROUGE-1 Eval t1.Y R:24 P:18 F:3
Y ROUGE-1 Eval t2.Y R:20 P:18 F:4
""";

    public static TheoryData<int> Cases => [1, 2, 3];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_Print_What_Rouge_1_5_5_Prints(int which)
    {
        // Given
        using var dir = new TempDir();
        foreach (var (name, text) in Files) dir.Write(name, text);
        var config = dir.Write("synth.xml", Config);
        var (options, weightText, expected) = which switch
        {
            1 => (new RougeOptions { MaxNGram = 2, Stem = true, SkipDistance = 4, SkipUnigrams = true, WlcsWeight = 1.2, PerEvalScores = true }, "1.2", Expected1),
            2 => (new RougeOptions { MaxNGram = 2, RemoveStopwords = true, WordLimit = 12, BestModel = true, SkipDistance = -1, SkipBothVariants = true, PerEvalScores = true }, null, Expected2),
            3 => (new RougeOptions { MaxNGram = 1, ComputeLcs = false, ByteLimit = 60, CountingUnit = RougeCountingUnit.Token, PerEvalScores = true }, null, Expected3),
            _ => throw new ArgumentOutOfRangeException(nameof(which)),
        };

        // When
        var actual = RougeReport.Format(new RougeRunner(options, weightText).Run(RougeConfigReader.Read(config)), options);

        // Then
        Assert.Equal(expected.ReplaceLineEndings("\n") + "\n", actual);
    }
}
