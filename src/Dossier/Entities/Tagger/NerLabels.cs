namespace Dossier.Entities.Tagger;

/// <summary>
/// The tagger's labels: O plus B- (begin), I- (inside), L- (last) and U- (unit, a one-word name) for PER, ORG, LOC
/// and MISC. BILOU inside the model because a label that also says where a name ends is easier to learn than
/// IOB1's "B only between two names of one type"; files are read and written in their own IOB scheme.
/// </summary>
internal static class NerLabels
{
    public static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    public const int O = 0;

    private const int Begin = 0, Inside = 1, Last = 2, Unit = 3;

    public static int Count => 1 + Types.Length * 4;

    /// <summary>Index into <see cref="Types"/>, or -1 for O.</summary>
    public static int TypeOf(int label) => label == O ? -1 : (label - 1) / 4;

    private static int PartOf(int label) => (label - 1) % 4;

    private static int Label(int type, int part) => 1 + type * 4 + part;

    /// <summary>True for B- and I-, after which the name must go on.</summary>
    public static bool IsOpen(int label) => label != O && PartOf(label) is Begin or Inside;

    /// <summary>
    /// A name once opened goes on with I-/L- of its type; otherwise only O, B- or U- may come. Greedy decoding
    /// picks the best label that fits, so its output is always well formed.
    /// </summary>
    public static bool Allowed(int previous, int label)
    {
        var continues = label != O && PartOf(label) is Inside or Last;
        return IsOpen(previous) ? continues && TypeOf(previous) == TypeOf(label) : !continues;
    }

    /// <summary>Reads a sentence's tags in IOB1 or IOB2 (an I-X after O or another type opens a name) into BILOU.</summary>
    public static int[] FromTags(IReadOnlyList<string> tags)
    {
        var n = tags.Count;
        var type = new int[n];
        var starts = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var t = tags[i];
            type[i] = t.Length > 2 && t[1] == '-' ? Array.IndexOf(Types, t[2..]) : -1;
            starts[i] = type[i] >= 0 && (t[0] == 'B' || i == 0 || type[i - 1] != type[i]);
        }
        var labels = new int[n];
        for (var i = 0; i < n; i++)
        {
            if (type[i] < 0) continue;
            var goesOn = i + 1 < n && type[i + 1] == type[i] && !starts[i + 1];
            labels[i] = Label(type[i], (starts[i], goesOn) switch
            {
                (true, true) => Begin,
                (true, false) => Unit,
                (false, true) => Inside,
                _ => Last,
            });
        }
        return labels;
    }

    /// <summary>The names in a sentence's labels as token ranges [From, To); a name left open ends at the sentence end.</summary>
    public static List<(int From, int To, int Type)> Chunks(ReadOnlySpan<int> labels)
    {
        var chunks = new List<(int, int, int)>();
        for (var i = 0; i < labels.Length;)
        {
            if (labels[i] == O) { i++; continue; }
            var type = TypeOf(labels[i]);
            var end = i + 1;
            while (end < labels.Length && IsOpen(labels[end - 1]) && labels[end] != O && TypeOf(labels[end]) == type && !Allowed(O, labels[end])) end++;
            chunks.Add((i, end, type));
            i = end;
        }
        return chunks;
    }

    /// <summary>Writes labels as IOB1 (B- only where a name directly follows another of the same type) or as IOB2.</summary>
    public static string[] ToTags(ReadOnlySpan<int> labels, bool iob1)
    {
        var tags = new string[labels.Length];
        Array.Fill(tags, "O");
        var lastEnd = -1;
        var lastType = -1;
        foreach (var (from, to, type) in Chunks(labels))
        {
            var name = Types[type];
            var begin = !iob1 || (lastEnd == from && lastType == type);
            tags[from] = (begin ? "B-" : "I-") + name;
            for (var i = from + 1; i < to; i++) tags[i] = "I-" + name;
            (lastEnd, lastType) = (to, type);
        }
        return tags;
    }
}
