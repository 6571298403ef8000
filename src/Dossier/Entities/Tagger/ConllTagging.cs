namespace Dossier.Entities.Tagger;

/// <summary>Tags CoNLL documents and writes conlleval's input: "token gold guess" lines, blank lines kept.</summary>
public static class ConllTagging
{
    public static IEnumerable<string> Lines(IEnumerable<ConllDocument> docs, TaggerModel model, bool iob1)
    {
        var decoder = new ViterbiDecoder(model);
        foreach (var doc in docs)
        {
            var sentences = doc.Sentences.Where(s => !s.IsDocStart).ToList();
            var labels = decoder.Tag([.. sentences.Select(s => s.Words)]);
            var k = 0;
            foreach (var s in doc.Sentences)
            {
                if (s.IsDocStart)
                {
                    yield return "-DOCSTART- O O";
                    yield return "";
                    continue;
                }
                var tags = NerLabels.ToTags(labels[k++], iob1);
                for (var i = 0; i < s.Tokens.Length; i++) yield return $"{s.Tokens[i].Word} {s.Tokens[i].Tag} {tags[i]}";
                yield return "";
            }
        }
    }
}
