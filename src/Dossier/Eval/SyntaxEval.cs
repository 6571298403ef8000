using Dossier.Text;

namespace Dossier.Eval;

/// <summary>Part-of-speech accuracy over tokens, and the chunks scored as conlleval scores CoNLL-2000's chunking task.</summary>
public sealed record SyntaxEvalResult(int Tokens, int CorrectPos, ConllEvalResult Chunks)
{
    public double PosAccuracy => Tokens == 0 ? 0 : (double)CorrectPos / Tokens;
}

/// <summary>
/// Measures a <see cref="SyntaxTagger"/> on gold CoNLL-2003 columns. A chunk counts only when its type and both
/// edges match a gold one (<see cref="ConllEval"/>), so a noun phrase cut one word short is a miss, not 4/5 right.
/// </summary>
public static class SyntaxEval
{
    public static SyntaxEvalResult Score(SyntaxTagger tagger, IEnumerable<TaggedSentence> sentences)
    {
        int tokens = 0, correct = 0;
        var chunkLines = new List<string>();
        foreach (var s in sentences)
        {
            var guess = tagger.Tag(s.Words);
            for (var i = 0; i < s.Words.Count; i++)
            {
                correct += guess.Pos[i] == s.Pos[i] ? 1 : 0;
                chunkLines.Add($"{s.Words[i]} {s.Chunk[i]} {guess.Chunk[i]}");
            }
            tokens += s.Words.Count;
            chunkLines.Add("");
        }
        return new SyntaxEvalResult(tokens, correct, ConllEval.Score(chunkLines));
    }
}
