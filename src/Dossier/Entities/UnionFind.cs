namespace Dossier.Entities;

/// <summary>Disjoint sets over mention indices: the merger's clusters. The smaller index is kept as root, so results do not depend on link order.</summary>
internal sealed class UnionFind
{
    private readonly int[] _parent;

    public UnionFind(int count) => _parent = Enumerable.Range(0, count).ToArray();

    public int Find(int i)
    {
        while (_parent[i] != i)
        {
            _parent[i] = _parent[_parent[i]];
            i = _parent[i];
        }
        return i;
    }

    public void Union(int a, int b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra == rb) return;
        if (ra < rb) _parent[rb] = ra;
        else _parent[ra] = rb;
    }

    public bool Same(int a, int b) => Find(a) == Find(b);
}
