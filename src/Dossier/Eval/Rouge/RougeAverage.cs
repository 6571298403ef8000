namespace Dossier.Eval.Rouge;

/// <summary>An average and its confidence interval, as printed (each already rounded to 5 decimals).</summary>
public sealed record RougeInterval(double Average, double Lower, double Upper);

/// <summary>A peer's average over topics for one measure: R, P and F, or the raw pooled counts (-t 2).</summary>
public sealed record RougeAverage(RougeInterval Recall, RougeInterval Precision, RougeInterval F, double ModelCount, double PeerCount, double Hits);
