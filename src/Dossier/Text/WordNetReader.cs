using System.Globalization;

namespace Dossier.Text;

/// <summary>
/// Reads a WordNet 3.0 database directory (Debian's wordnet-base puts it in /usr/share/wordnet) into the
/// <see cref="WordSenses"/> table: for each single-word verb, the lexicographer class of its commonest sense, the
/// classes of all its senses and the sentence frames that show a reported clause; for each noun of speech, thought,
/// feeling or action, the class of its commonest sense; and the irregular forms of the words kept.
/// Only `dossier train senses` runs this; the engine reads the committed table.
/// </summary>
public static class WordNetReader
{
    /// <summary>The noun classes worth keeping: the nouns that head attributions ("a claim", "the report", "fears").</summary>
    private static readonly HashSet<int> NounClasses =
    [
        WordSenses.NounAct, WordSenses.NounCognition, WordSenses.NounCommunication, WordSenses.NounFeeling,
        WordSenses.NounAttribute, WordSenses.NounState, WordSenses.NounEvent, WordSenses.NounMotive,
    ];

    public static WordSenses Read(string dictDir)
    {
        var verbs = ReadIndex(Path.Combine(dictDir, "index.verb"));
        var nouns = ReadIndex(Path.Combine(dictDir, "index.noun"));
        var verbData = Path.Combine(dictDir, "data.verb");
        var nounData = Path.Combine(dictDir, "data.noun");
        var entries = new Dictionary<string, WordSenses.Entry>(StringComparer.Ordinal);
        using (var data = File.OpenRead(verbData))
        {
            foreach (var (lemma, offsets) in verbs)
            {
                int first = -1, mask = 0, frames = 0;
                foreach (var off in offsets)
                {
                    var line = LineAt(data, off);
                    var (lex, framesOfWord) = VerbSynset(line, lemma);
                    if (first < 0) first = lex;
                    mask |= 1 << (lex - WordSenses.FirstVerbClass);
                    frames |= framesOfWord;
                }
                entries[lemma] = new WordSenses.Entry(first, mask, frames, 0);
            }
        }
        using (var data = File.OpenRead(nounData))
        {
            foreach (var (lemma, offsets) in nouns)
            {
                var lex = NounClass(LineAt(data, offsets[0]));
                if (!NounClasses.Contains(lex)) continue;
                entries[lemma] = entries.TryGetValue(lemma, out var e) ? e with { Noun = lex } : new WordSenses.Entry(0, 0, 0, lex);
            }
        }
        var irregular = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var exc in new[] { "verb.exc", "noun.exc" })
        {
            var path = Path.Combine(dictDir, exc);
            if (!File.Exists(path)) continue;
            foreach (var line in File.ReadLines(path))
            {
                var cols = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (cols.Length < 2 || cols[0].Contains('_', StringComparison.Ordinal) || !entries.ContainsKey(cols[1])) continue;
                irregular.TryAdd(cols[0], cols[1]);
            }
        }
        return new WordSenses(entries, irregular, Licence(Path.Combine(dictDir, "index.verb")));
    }

    // WordNet's licence asks that its notice travel with every copy, modified ones included: the table carries it
    private static IReadOnlyList<string> Licence(string indexPath) =>
        [.. File.ReadLines(indexPath).TakeWhile(l => l.StartsWith(' ')).Select(l => l.Trim()).Select(l => l.Split(' ', 2) is [var n, var rest] && int.TryParse(n, out _) ? rest.Trim() : l)];

    // "lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset..." — offsets in sense order
    private static List<(string Lemma, long[] Offsets)> ReadIndex(string path)
    {
        var list = new List<(string, long[])>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith(' ')) continue; // the licence header
            var cols = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var lemma = cols[0];
            if (lemma.Contains('_', StringComparison.Ordinal) || lemma.Contains('-', StringComparison.Ordinal)) continue;
            var synsets = int.Parse(cols[2], CultureInfo.InvariantCulture);
            var pointers = int.Parse(cols[3], CultureInfo.InvariantCulture);
            var start = 4 + pointers + 2;
            list.Add((lemma, [.. cols.Skip(start).Take(synsets).Select(c => long.Parse(c, CultureInfo.InvariantCulture))]));
        }
        return list;
    }

    private static string LineAt(FileStream data, long offset)
    {
        data.Position = offset;
        var bytes = new List<byte>(256);
        int b;
        while ((b = data.ReadByte()) >= 0 && b != '\n') bytes.Add((byte)b);
        return System.Text.Encoding.ASCII.GetString(bytes.ToArray());
    }

    private static int NounClass(string line) => int.Parse(line.Split(' ')[1], CultureInfo.InvariantCulture);

    // "offset lex_filenum ss_type w_cnt(hex) word lex_id ... p_cnt ptr... f_cnt + f_num w_num ... | gloss"
    private static (int Lex, int Frames) VerbSynset(string line, string lemma)
    {
        var cols = line[..line.IndexOf('|', StringComparison.Ordinal)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lex = int.Parse(cols[1], CultureInfo.InvariantCulture);
        var words = int.Parse(cols[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var wordNo = 0;
        for (var w = 0; w < words; w++)
            if (string.Equals(cols[4 + 2 * w], lemma, StringComparison.OrdinalIgnoreCase)) wordNo = w + 1;
        var k = 4 + 2 * words;
        var pointers = int.Parse(cols[k], CultureInfo.InvariantCulture);
        k += 1 + 4 * pointers;
        var frames = 0;
        if (k < cols.Length)
        {
            var count = int.Parse(cols[k++], CultureInfo.InvariantCulture);
            for (var f = 0; f < count && k + 2 < cols.Length; f++, k += 3)
            {
                var frame = int.Parse(cols[k + 1], CultureInfo.InvariantCulture);
                var word = int.Parse(cols[k + 2], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (word != 0 && word != wordNo) continue;
                frames |= WordSenses.FrameBit(frame);
            }
        }
        return (lex, frames);
    }
}
