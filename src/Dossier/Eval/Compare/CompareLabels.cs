using System.Collections.Immutable;
using System.Reflection;

namespace Dossier.Eval.Compare;

/// <summary>
/// Hand judgements of what the comparison produced on the BP oil spill coverage: one line per item,
/// <c>kind TAB first TAB second TAB judgement [TAB note]</c>, where kind is <c>align</c> (do the two statements say
/// the same thing?) or <c>figures</c>/<c>denial</c>/<c>framing</c> (do they really disagree in that way?), first and
/// second are statement ids (<c>folder/uid#sentence</c>, sentence numbered from 0 as Dossier splits it) and the
/// judgement is 1 or 0. No article text is kept: the ids point into ../shared/eval. Lines starting with # are comments.
/// </summary>
public sealed record CompareLabel(string Kind, string First, string Second, bool Correct, string Note)
{
    /// <summary>The same two statements in either order are one item.</summary>
    public string Key => Keys(Kind, First, Second);

    public static string Keys(string kind, string a, string b) => string.CompareOrdinal(a, b) <= 0 ? $"{kind}\t{a}\t{b}" : $"{kind}\t{b}\t{a}";

    public const string ResourceName = "Dossier.Eval.Compare.bpoil-labels.tsv";

    /// <summary>The labels committed with Dossier, or those of <paramref name="file"/>.</summary>
    public static ImmutableArray<CompareLabel> Load(string? file = null)
    {
        string text;
        if (file is not null) text = File.ReadAllText(file);
        else
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName);
            if (stream is null) return [];
            using var reader = new StreamReader(stream);
            text = reader.ReadToEnd();
        }
        return [.. text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && l[0] != '#').Select(Parse)];
    }

    private static CompareLabel Parse(string line)
    {
        var f = line.Split('\t');
        if (f.Length < 4 || f[3] is not ("0" or "1")) throw new FormatException($"bad label line: {line}");
        return new CompareLabel(f[0], f[1], f[2], f[3] == "1", f.Length > 4 ? f[4] : "");
    }
}
