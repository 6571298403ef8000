namespace Dossier.Text;

/// <summary>
/// Reads the part-of-speech and chunk columns of CoNLL-2003 files ("word POS chunk NER" a line). The NER reader
/// (<see cref="Entities.Tagger.ConllCorpus"/>) keeps documents and the last column; this one keeps sentences and the
/// two middle columns, which is all the syntax tagger learns from.
/// </summary>
public static class ConllColumns
{
    public static List<TaggedSentence> Read(string path) => Parse(File.ReadLines(path));

    /// <summary>Blank lines and "-DOCSTART-" lines end a sentence; so does any line short of the chunk column.</summary>
    public static List<TaggedSentence> Parse(IEnumerable<string> lines)
    {
        var sentences = new List<TaggedSentence>();
        var rows = new List<string[]>();
        void End()
        {
            if (rows.Count > 0) sentences.Add(new TaggedSentence([.. rows.Select(r => r[0])], [.. rows.Select(r => r[1])], [.. rows.Select(r => r[2])]));
            rows.Clear();
        }
        foreach (var line in lines)
        {
            var cols = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (cols.Length < 3 || cols[0] == "-DOCSTART-") { End(); continue; }
            rows.Add(cols);
        }
        End();
        return sentences;
    }
}
