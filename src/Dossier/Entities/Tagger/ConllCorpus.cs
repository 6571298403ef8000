using System.Collections.Immutable;

namespace Dossier.Entities.Tagger;

/// <summary>One token line of a CoNLL-2003 file: the word and its gold tag as written (IOB1 or IOB2).</summary>
public sealed record ConllToken(string Word, string Tag);

/// <summary>A sentence; <see cref="IsDocStart"/> marks the "-DOCSTART-" line, kept so output lines up with input.</summary>
public sealed record ConllSentence(ImmutableArray<ConllToken> Tokens, bool IsDocStart = false)
{
    public string[] Words => [.. Tokens.Select(t => t.Word)];

    /// <summary>Gold labels in the model's BILOU labels.</summary>
    public int[] Labels() => NerLabels.FromTags([.. Tokens.Select(t => t.Tag)]);
}

/// <summary>A document: the sentences between two "-DOCSTART-" lines (the first of them being that line, if any).</summary>
public sealed record ConllDocument(ImmutableArray<ConllSentence> Sentences);

/// <summary>Reads CoNLL-2003 column files ("word POS chunk NER", blank line between sentences).</summary>
public static class ConllCorpus
{
    public static ImmutableArray<ConllDocument> Read(string path) => Parse(File.ReadLines(path));

    public static ImmutableArray<ConllDocument> Parse(IEnumerable<string> lines)
    {
        var docs = ImmutableArray.CreateBuilder<ConllDocument>();
        var sentences = new List<ConllSentence>();
        var tokens = new List<ConllToken>();
        void EndSentence()
        {
            if (tokens.Count > 0) sentences.Add(new ConllSentence([.. tokens]));
            tokens.Clear();
        }
        void EndDocument()
        {
            EndSentence();
            if (sentences.Count > 0) docs.Add(new ConllDocument([.. sentences]));
            sentences.Clear();
        }
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line)) { EndSentence(); continue; }
            var cols = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (cols[0] == "-DOCSTART-")
            {
                EndDocument();
                sentences.Add(new ConllSentence([new ConllToken(cols[0], "O")], IsDocStart: true));
                continue;
            }
            tokens.Add(new ConllToken(cols[0], cols.Length > 1 ? cols[^1] : "O"));
        }
        EndDocument();
        return docs.ToImmutable();
    }

    /// <summary>IOB1 unless some B- tag opens a name after O or a name of another type, which only IOB2 does.</summary>
    public static bool IsIob1(IEnumerable<ConllDocument> docs)
    {
        foreach (var s in docs.SelectMany(d => d.Sentences))
        {
            var prev = "O";
            foreach (var t in s.Tokens)
            {
                if (t.Tag.StartsWith("B-", StringComparison.Ordinal) && (prev == "O" || prev[2..] != t.Tag[2..])) return false;
                prev = t.Tag;
            }
        }
        return true;
    }
}
