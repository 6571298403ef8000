namespace Dossier.Eval.QuoteEval;

/// <summary>Gold, predicted and one-to-one matched counts, with the precision, recall and F1 they give.</summary>
public readonly record struct MatchCounts(int Gold, int Predicted, int Matched)
{
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static MatchCounts operator +(MatchCounts a, MatchCounts b) => new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Matched + b.Matched);
}
