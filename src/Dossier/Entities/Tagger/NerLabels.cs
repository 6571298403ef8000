namespace Dossier.Entities.Tagger;

/// <summary>
/// The tagger's labels: O plus B-/I- for PER, ORG, LOC and MISC (IOB2 inside the model, because a label that says
/// where a name starts is easier to learn than IOB1's "B only between two names of one type").
/// </summary>
internal static class NerLabels
{
    public static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    public static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    public const int O = 0;

    public static int Count => Names.Length;

    public static bool IsBegin(int label) => label > 0 && label % 2 == 1;

    public static bool IsInside(int label) => label > 0 && label % 2 == 0;

    /// <summary>Index into <see cref="Types"/>, or -1 for O.</summary>
    public static int TypeOf(int label) => label == 0 ? -1 : (label - 1) / 2;

    /// <summary>I-X may only continue a name of type X: greedy decoding never emits an I-X after O or another type.</summary>
    public static bool Allowed(int previous, int label) => !IsInside(label) || (previous != O && TypeOf(previous) == TypeOf(label));

    /// <summary>Parses a tag in either scheme into IOB2 given the tag before it (IOB1's I-X after O opens a name).</summary>
    public static int FromTag(string tag, int previous)
    {
        if (tag.Length < 3 || tag[1] != '-') return O;
        var type = Array.IndexOf(Types, tag[2..]);
        if (type < 0) return O;
        var begin = tag[0] == 'B' || previous == O || TypeOf(previous) != type;
        return 1 + type * 2 + (begin ? 0 : 1);
    }

    /// <summary>Writes IOB2 labels as IOB1 (B- only where a name directly follows another of the same type) or as IOB2.</summary>
    public static string[] ToTags(ReadOnlySpan<int> labels, bool iob1)
    {
        var tags = new string[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            var l = labels[i];
            if (l == O) { tags[i] = "O"; continue; }
            var type = Types[TypeOf(l)];
            var prev = i > 0 ? labels[i - 1] : O;
            var begin = IsBegin(l) && (!iob1 || (prev != O && TypeOf(prev) == TypeOf(l)));
            tags[i] = (begin ? "B-" : "I-") + type;
        }
        return tags;
    }
}
