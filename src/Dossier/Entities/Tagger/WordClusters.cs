namespace Dossier.Entities.Tagger;

/// <summary>
/// Word classes learnt from unlabeled news (<see cref="ClusterLearner"/>): each known word has a fine and a coarse
/// cluster. Words the model never saw in training but that share a cluster with names it did ("Kabila" with
/// "Mobutu") get their weights through the cluster features. Keyed by the word's exact-form hash.
/// </summary>
public sealed class WordClusters
{
    public const int Unknown = -1;

    private readonly Dictionary<ulong, (short Fine, short Coarse)> _byWord;

    internal WordClusters(Dictionary<ulong, (short Fine, short Coarse)> byWord) => _byWord = byWord;

    public static WordClusters Empty { get; } = new([]);

    public int Count => _byWord.Count;

    public (int Fine, int Coarse) Of(ulong exactHash) =>
        _byWord.TryGetValue(exactHash, out var c) ? (c.Fine, c.Coarse) : (Unknown, Unknown);

    internal void Write(BinaryWriter w)
    {
        w.Write(_byWord.Count);
        foreach (var (hash, c) in _byWord.OrderBy(p => p.Key))
        {
            w.Write(hash);
            w.Write(c.Fine);
            w.Write(c.Coarse);
        }
    }

    internal static WordClusters Read(BinaryReader r)
    {
        var n = r.ReadInt32();
        var map = new Dictionary<ulong, (short, short)>(n);
        for (var i = 0; i < n; i++) map[r.ReadUInt64()] = (r.ReadInt16(), r.ReadInt16());
        return new WordClusters(map);
    }
}
