using System.Collections.Immutable;

namespace Dossier.Eval;

/// <summary>Precision, recall and F1 of one entity type (or of all, "overall"), from chunk counts.</summary>
public sealed record ConllScore(string Type, int Correct, int Guessed, int Gold)
{
    public double Precision => Guessed == 0 ? 0 : (double)Correct / Guessed;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>conlleval's result: token accuracy, the overall score and one score per type (sorted by name).</summary>
public sealed record ConllEvalResult(int Tokens, int CorrectTags, ConllScore Overall, ImmutableArray<ConllScore> ByType)
{
    public double Accuracy => Tokens == 0 ? 0 : (double)CorrectTags / Tokens;
}

/// <summary>
/// Entity-level scoring as conlleval does it: a chunk counts as correct only when gold and guess open it on the
/// same token, give it the same type and close it on the same token. Chunk boundaries follow conlleval's
/// start/end rules for B-, I- and O, so IOB1 and IOB2 input (even mixed) are read alike; a blank line or -DOCSTART- ends any chunk.
/// </summary>
public static class ConllEval
{
    /// <summary>Scores lines "token ... gold guess" (the last two columns), blank lines between sentences.</summary>
    public static ConllEvalResult Score(IEnumerable<string> lines)
    {
        var correct = new Dictionary<string, int>(StringComparer.Ordinal);
        var guessed = new Dictionary<string, int>(StringComparer.Ordinal);
        var gold = new Dictionary<string, int>(StringComparer.Ordinal);
        int tokens = 0, correctTags = 0;
        string prevGold = "O", prevGuess = "O", prevGoldType = "", prevGuessType = "";
        var inCorrect = false;
        string? correctType = null;
        foreach (var raw in lines)
        {
            var cols = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var boundary = cols.Length == 0 || cols[0] == "-DOCSTART-";
            var (g, gType) = boundary ? ("O", "") : Split(cols[^2]);
            var (p, pType) = boundary ? ("O", "") : Split(cols[^1]);
            var goldEnds = EndOfChunk(prevGold, g, prevGoldType, gType);
            var guessEnds = EndOfChunk(prevGuess, p, prevGuessType, pType);
            var goldStarts = StartOfChunk(prevGold, g, prevGoldType, gType);
            var guessStarts = StartOfChunk(prevGuess, p, prevGuessType, pType);
            if (inCorrect)
            {
                if (goldEnds && guessEnds && prevGoldType == prevGuessType)
                {
                    inCorrect = false;
                    Add(correct, correctType!);
                }
                else if (goldEnds != guessEnds || gType != pType)
                {
                    inCorrect = false;
                }
            }
            if (goldStarts && guessStarts && gType == pType)
            {
                inCorrect = true;
                correctType = gType;
            }
            if (goldStarts) Add(gold, gType);
            if (guessStarts) Add(guessed, pType);
            if (!boundary)
            {
                tokens++;
                if (cols[^2] == cols[^1]) correctTags++;
            }
            (prevGold, prevGuess, prevGoldType, prevGuessType) = (g, p, gType, pType);
        }
        if (inCorrect) Add(correct, correctType!);
        var types = gold.Keys.Concat(guessed.Keys).Distinct().OrderBy(t => t, StringComparer.Ordinal);
        var byType = types.Select(t => new ConllScore(t, correct.GetValueOrDefault(t), guessed.GetValueOrDefault(t), gold.GetValueOrDefault(t)));
        var overall = new ConllScore("overall", correct.Values.Sum(), guessed.Values.Sum(), gold.Values.Sum());
        return new ConllEvalResult(tokens, correctTags, overall, [.. byType]);
    }

    private static void Add(Dictionary<string, int> counts, string type) => counts[type] = counts.GetValueOrDefault(type) + 1;

    private static (string Tag, string Type) Split(string tag)
    {
        if (tag == "O" || tag.Length < 3 || tag[1] != '-') return ("O", "");
        return (tag[..1], tag[2..]);
    }

    // conlleval's endOfChunk: does a chunk end between the previous token and this one?
    private static bool EndOfChunk(string prevTag, string tag, string prevType, string type) =>
        (prevTag, tag) switch
        {
            ("B", "B") or ("B", "O") or ("I", "B") or ("I", "O") => true,
            _ => prevTag != "O" && prevType != type,
        };

    // conlleval's startOfChunk: does a chunk start on this token?
    private static bool StartOfChunk(string prevTag, string tag, string prevType, string type) =>
        (prevTag, tag) switch
        {
            ("B", "B") or ("I", "B") or ("O", "B") or ("O", "I") => true,
            _ => tag != "O" && prevType != type,
        };
}
