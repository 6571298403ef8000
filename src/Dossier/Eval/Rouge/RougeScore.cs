namespace Dossier.Eval.Rouge;

/// <summary>
/// One peer summary's score on one topic: recall, precision and F as ROUGE-1.5.5 keeps them (already rounded to
/// 5 decimals; F is computed from the rounded R and P), and the pooled counts -t 1 and -t 2 work from.
/// </summary>
public sealed record RougeScore(double Recall, double Precision, double F, double ModelCount, double PeerCount, double Hits);
