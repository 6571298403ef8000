using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Ingest;

/// <summary>What reading one file gave: its documents, and what of it was rejected (a whole file, or single JSON lines).</summary>
public sealed record IngestResult(ImmutableArray<RawDocument> Documents, ImmutableArray<Rejection> Rejected)
{
    public static IngestResult Reject(string path, string code, string detail) =>
        new([], [new Rejection(path, code, detail)]);
}
