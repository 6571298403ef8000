namespace Dossier.Eval.Rouge;

/// <summary>A summary file and the format to read it in.</summary>
public sealed record RougeFile(string Path, RougeInputFormat Format);

/// <summary>
/// One topic of an evaluation (an EVAL element of ROUGE's XML configuration): its model summaries in order and
/// each peer's summary by peer id.
/// </summary>
public sealed record RougeEval(string Id, IReadOnlyList<RougeFile> Models, IReadOnlyDictionary<string, RougeFile> Peers);
