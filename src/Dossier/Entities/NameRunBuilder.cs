using Dossier.Model;

namespace Dossier.Entities;

/// <summary>
/// Cuts a sentence into capitalised runs: adjacent name pieces, joined across lower-case particles
/// ("Bashar al Assad"), a particle's stray hyphen ("Walid al- Moallem"), initials ("George W. Bush"), and
/// "of"/"for" where an organisation, place or title continues ("Observatory for Human Rights", "Strait of Hormuz",
/// "Minister of Foreign Affairs").
/// </summary>
internal static class NameRunBuilder
{
    public static List<NameRun> Build(SentenceView s, IReadOnlySet<int> claimed)
    {
        var runs = new List<NameRun>();
        var current = new List<NamePiece>();
        var expected = -1;
        for (var i = s.From; i < s.To; i++)
        {
            var t = s.Tokens[i];
            if (claimed.Contains(i)) { Flush(); continue; }
            if (current.Count > 0 && expected == i && Glues(s, current[^1], t, i))
            {
                expected = i + 1;
                continue;
            }
            var piece = NamePiece.From(i, t)
                ?? (current.Count > 0 && expected == i && current[^1].IsWord && !s.IsTitleCase ? NamePiece.ContinuingStopword(i, t) : null);
            if (piece is null && current.Count > 0 && expected == i && ConnectorJoins(s, current[^1], i, claimed))
            {
                current.Add(new NamePiece(i, t.Text, t.Span, PieceKind.Connector));
                expected = i + 1;
                continue;
            }
            if (piece is null) { Flush(); continue; }
            if (current.Count > 0 && (piece.StartsName || current[^1].EndsName || expected != i)) Flush();
            current.Add(piece);
            expected = i + 1;
            if (piece.EndsName) Flush();
        }
        Flush();
        return runs;

        void Flush()
        {
            if (current.Count > 0 && new NameRun([.. current]).Trimmed() is { } run) runs.Add(run);
            current.Clear();
            expected = -1;
        }
    }

    /// <summary>Punctuation that belongs inside a name: "al-" before a space, and the period of an initial.</summary>
    private static bool Glues(SentenceView s, NamePiece last, Token t, int i)
    {
        if (t.Span.Start != last.Span.End || s.After(i) is not { } next) return false;
        if (NamePiece.From(i + 1, next) is not { IsWord: true }) return false;
        if (t.Text == "-") return last.Kind == PieceKind.Particle;
        return t.Text == "." && last.Text.Length == 1 && char.IsUpper(last.Text[0]);
    }

    private static bool ConnectorJoins(SentenceView s, NamePiece last, int i, IReadOnlySet<int> claimed)
    {
        if (!EntityVocabulary.Connectors.Contains(s.Tokens[i].Text) || !last.IsWord) return false;
        if (s.After(i) is not { } next || claimed.Contains(i + 1) || NamePiece.From(i + 1, next) is not { IsWord: true }) return false;
        if (EntityVocabulary.OrganizationKeywords.Contains(last.Text) || EntityVocabulary.LocationKeywords.Contains(last.Text)) return true;
        // a title continues with "of" only into its own complement: "Minister of Foreign Affairs", not "President of Syria"
        var words = new List<string> { last.Text };
        for (var k = i; k < s.To && words.Count <= EntityVocabulary.MaxRoleWords && s.Tokens[k].IsWord; k++) words.Add(s.Tokens[k].Text);
        return RolePhrase.MatchRole(words, 0) is (int len, _) && len > 2;
    }
}
