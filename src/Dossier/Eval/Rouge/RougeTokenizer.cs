namespace Dossier.Eval.Rouge;

/// <summary>
/// ROUGE-1.5.5's token filter after clean-up: stopwords dropped under -s, only tokens starting with a letter or
/// digit kept (the "-" ROUGE sets apart goes), and under -m tokens longer than 3 characters stemmed (shorter ones
/// are left as they are, so "was" stays "was" while "were" becomes "be").
/// </summary>
internal sealed record RougeTokenizer(bool Stem, bool RemoveStopwords)
{
    public List<string> Tokens(string? cleaned)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(cleaned)) return tokens;
        foreach (var t in cleaned.Split(' '))
        {
            if (RemoveStopwords && SmartCommonWords.All.Contains(t)) continue;
            if (t.Length == 0 || !(t[0] is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '$')) continue;
            tokens.Add(Stem && t.Length > 3 ? RougePorterStemmer.MorphStem(t) : t);
        }
        return tokens;
    }
}
