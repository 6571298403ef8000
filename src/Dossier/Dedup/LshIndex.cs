namespace Dossier.Dedup;

/// <summary>
/// The LSH band index, kept small: per article only its band keys as ints (in fixed-size chunks, so growing never
/// copies them), and per band an open-addressing table of article ordinals (linear probing, at most 70% full).
/// A probe compares the stored band key of each ordinal it meets, so no key is stored twice.
/// 4 bytes of key plus 6–11 bytes of table per band and article, depending on where the tables are in their doubling:
/// 16 bands cost 160–240 bytes an article (186 MB for the million of `dossier bench scale`).
/// Lookup and insertion touch a constant number of slots per band whatever the number of articles.
/// </summary>
public sealed class LshIndex
{
    private const int ChunkBits = 14;
    private const int ChunkSize = 1 << ChunkBits;
    private const double MaxLoad = 0.7;

    private readonly int _bands;
    private readonly List<int[]> _keys = [];
    private int[][] _tables;
    private int _mask;
    private int _count;

    public LshIndex(int bands, int initialCapacity = 1024)
    {
        _bands = bands;
        var cap = 1;
        while (cap < initialCapacity) cap <<= 1;
        _mask = cap - 1;
        _tables = new int[bands][];
        for (var b = 0; b < bands; b++) _tables[b] = new int[cap];
    }

    public int Count => _count;

    /// <summary>Bytes held by the index's arrays (what it costs in memory, besides object headers).</summary>
    public long Bytes => (long)_keys.Count * ChunkSize * _bands * sizeof(int) + (long)_tables.Length * (_mask + 1) * sizeof(int);

    /// <summary>Adds an article's band keys; returns its ordinal (0, 1, 2 … in order of addition).</summary>
    public int Add(ReadOnlySpan<int> keys)
    {
        if (keys.Length != _bands) throw new ArgumentException($"expected {_bands} band keys", nameof(keys));
        if (_count + 1 > MaxLoad * (_mask + 1)) Grow();
        var ordinal = _count++;
        if ((ordinal & (ChunkSize - 1)) == 0) _keys.Add(new int[ChunkSize * _bands]);
        keys.CopyTo(_keys[ordinal >> ChunkBits].AsSpan((ordinal & (ChunkSize - 1)) * _bands, _bands));
        for (var b = 0; b < _bands; b++) Place(_tables[b], _mask, keys[b], ordinal);
        return ordinal;
    }

    /// <summary>The band keys stored for an ordinal.</summary>
    public ReadOnlySpan<int> KeysOf(int ordinal) => _keys[ordinal >> ChunkBits].AsSpan((ordinal & (ChunkSize - 1)) * _bands, _bands);

    private int KeyOf(int ordinal, int band) => _keys[ordinal >> ChunkBits][(ordinal & (ChunkSize - 1)) * _bands + band];

    /// <summary>Every stored ordinal sharing at least one band key, with how many bands it shares.</summary>
    public Dictionary<int, int> Candidates(ReadOnlySpan<int> keys)
    {
        var found = new Dictionary<int, int>();
        for (var b = 0; b < _bands; b++)
        {
            var table = _tables[b];
            for (var slot = Home(keys[b], _mask); table[slot] != 0; slot = (slot + 1) & _mask)
            {
                var o = table[slot] - 1;
                if (KeyOf(o, b) == keys[b]) found[o] = found.GetValueOrDefault(o) + 1;
            }
        }
        return found;
    }

    // Band keys come out of a 64-bit mixer already; the multiply spreads them once more so a table never clusters.
    private static int Home(int key, int mask) => (int)(((ulong)(uint)key * 0x9E3779B97F4A7C15UL) >> 32) & mask;

    private static void Place(int[] table, int mask, int key, int ordinal)
    {
        var slot = Home(key, mask);
        while (table[slot] != 0) slot = (slot + 1) & mask;
        table[slot] = ordinal + 1;
    }

    // Tables are rebuilt one band at a time: each old table is garbage as soon as its band is done.
    private void Grow()
    {
        var mask = (_mask + 1) * 2 - 1;
        for (var b = 0; b < _bands; b++)
        {
            var table = new int[mask + 1];
            for (var o = 0; o < _count; o++) Place(table, mask, KeyOf(o, b), o);
            _tables[b] = table;
        }
        _mask = mask;
    }
}
