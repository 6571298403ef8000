using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Dossier.Cluster;

/// <summary>
/// Document frequencies of content stems in a background corpus of news (<see cref="BackgroundCorpus"/>), so that
/// the first articles of a stream are weighed as well as the later ones: with frequencies from the stream alone, the
/// first article of a stream finds every word equally rare. The committed table (Cluster/Models/df.tsv.gz, embedded)
/// is what `dossier train df` writes: "#documents N" then "stem TAB df" lines, stems seen in fewer than
/// <see cref="MinDocuments"/> documents left out (they weigh as unseen anyway).
/// </summary>
public sealed class BackgroundFrequencies
{
    public const string ResourceName = "Dossier.Cluster.Models.df.tsv.gz";

    /// <summary>Stems rarer than this are not stored: halves the table and changes ECB+ event F1 by 0.003.</summary>
    public const int MinDocuments = 2;

    private readonly FrozenDictionary<string, int> _df;

    public BackgroundFrequencies(int documents, IReadOnlyDictionary<string, int> df)
    {
        Documents = documents;
        _df = df.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static BackgroundFrequencies Empty { get; } = new(0, new Dictionary<string, int>());

    /// <summary>The table committed with the engine (empty if the resource is missing, which only a broken build does).</summary>
    public static BackgroundFrequencies Embedded { get; } = LoadEmbedded();

    public int Documents { get; }

    public int Count => _df.Count;

    public int Frequency(string stem) => _df.GetValueOrDefault(stem);

    /// <summary>Counts, per stem, the documents that hold it.</summary>
    public static BackgroundFrequencies Build(IEnumerable<string> texts)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var n = 0;
        foreach (var text in texts)
        {
            n++;
            foreach (var stem in TermWeighting.ContentStems(Text.Tokenizer.Tokenize(Text.TextNormalizer.Normalize(text))).Distinct(StringComparer.Ordinal))
                df[stem] = df.GetValueOrDefault(stem) + 1;
        }
        return new BackgroundFrequencies(n, df);
    }

    /// <summary>Gzipped text, stems in ordinal order, so the same corpus always gives the same bytes.</summary>
    public void Write(Stream output)
    {
        using var gz = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" };
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"#documents\t{Documents}"));
        foreach (var (stem, df) in _df.Where(kv => kv.Value >= MinDocuments).OrderBy(kv => kv.Key, StringComparer.Ordinal))
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stem}\t{df}"));
    }

    public static BackgroundFrequencies Read(Stream input)
    {
        using var r = new StreamReader(new GZipStream(input, CompressionMode.Decompress), Encoding.UTF8);
        var documents = 0;
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        while (r.ReadLine() is string line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0) continue;
            var value = int.Parse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture);
            if (line.StartsWith('#')) documents = value;
            else df[line[..tab]] = value;
        }
        return new BackgroundFrequencies(documents, df);
    }

    private static BackgroundFrequencies LoadEmbedded()
    {
        using var stream = typeof(BackgroundFrequencies).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? Empty : Read(stream);
    }
}
