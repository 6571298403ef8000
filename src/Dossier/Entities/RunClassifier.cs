using Dossier.Model;

namespace Dossier.Entities;

/// <summary>
/// Turns one capitalised run into typed mentions. In order: drop what a capital at the start of a sentence
/// or in a title-case headline does not vouch for; split off a title (which makes the rest a person and is
/// not part of the mention); type by keyword ("Council", "Base", "War"); cut out gazetteer names; and type
/// what is left by the words around it.
/// </summary>
internal sealed partial class RunClassifier(SentenceView sentence, ArticleWords words, List<Candidate> into)
{
    public void Classify(NameRun run)
    {
        if (sentence.IsTitleCase)
        {
            foreach (var part in TitleCaseParts(run)) Core(part.Run, keepUnknown: part.Vouched ? AllKnown : _ => true);
            return;
        }
        // a shouted word in running text ("... issues of the WORLD!") is emphasis unless something vouches for it
        foreach (var part in SplitAt(run, i => run[i].IsShoutedWord && !Vouched(run[i])))
        {
            var rest = sentence.IsInitial(part[0].Token) ? NonNameStart(part) : part;
            if (rest is not null) Core(rest, keepUnknown: _ => true);
        }
    }

    private void Core(NameRun run, Func<NameRun, bool> keepUnknown)
    {
        // a run ending in an organisation keyword is one organisation, title words and all ("U.N. General Assembly")
        if (run.Count > 1 && IsOrgKeyword(run[^1]))
        {
            Add(run, EntityType.Organization, Rules.OrgKeyword);
            return;
        }
        if (SplitTitle(run, keepUnknown)) return;
        if (KeywordType(run) is var (type, rule))
        {
            Add(run, type, rule);
            return;
        }
        // "the Observatory": kept for now, and dropped later unless the article names the organisation in full
        if (run.Count == 1 && IsOrgKeyword(run[0]))
        {
            if (keepUnknown(run)) Add(run, EntityType.Organization, Rules.OrgBare);
            return;
        }
        Segment(run, keepUnknown);
    }

    /// <summary>The type a keyword in a run of two or more words gives it: "Syrian Army", "Putra Heights", "Syrian Civil War".</summary>
    private static (EntityType, string)? KeywordType(NameRun run)
    {
        if (run.Count < 2) return null;
        if (run.Pieces.Any(IsOrgKeyword)) return (EntityType.Organization, Rules.OrgKeyword);
        if (HasLocationKeyword(run)) return (EntityType.Location, Rules.LocationKeyword);
        if (EntityVocabulary.MiscKeywords.Contains(run[^1].Text)) return (EntityType.Misc, Rules.MiscKeyword);
        return null;
    }

    /// <summary>"Syrian President Bashar al-Assad": "Syrian" on its own, the title dropped, the rest a person.</summary>
    private bool SplitTitle(NameRun run, Func<NameRun, bool> keepUnknown)
    {
        for (var t = 0; t < run.Count; t++)
        {
            var length = TitleAt(run, t);
            if (length == 0) continue;
            // stacked titles belong together: "Supreme Leader Ayatollah Ali Khamenei"
            while (t + length < run.Count && TitleAt(run, t + length) is > 0 and var more) length += more;
            var name = t + length < run.Count ? run.From(t + length).Trimmed() : null;
            var prefix = t > 0 ? run.Slice(0, t).Trimmed() : null;
            // a trailing title word after an unknown name is part of it ("Martin Luther King")
            if (name is null && prefix is not null && !prefix.Pieces.Where(p => p.IsWord).All(p => Gazetteer.Lookup(p.Text) is not null)) return false;
            if (prefix is not null) Core(prefix, keepUnknown: _ => false);
            if (name is not null)
            {
                if (name.Pieces.Any(IsOrgKeyword)) Core(name, keepUnknown);
                else Add(name, EntityType.Person, Rules.Title);
            }
            return true;
        }
        return false;
    }

    /// <summary>How many pieces of a title start at <paramref name="t"/> (0 if none): "Mr.", "General", "Deputy Foreign Minister".</summary>
    private static int TitleAt(NameRun run, int t)
    {
        if (!run[t].IsWord) return 0;
        if (EntityVocabulary.Honorifics.Contains(run[t].Text))
        {
            var n = 1;
            while (t + n < run.Count && EntityVocabulary.Honorifics.Contains(run[t + n].Text)) n++;
            return n;
        }
        var words = run.Pieces.Skip(t).Select(p => p.Text).ToList();
        return RolePhrase.MatchRole(words, 0) is (int len, _) && run[t].Text.Length > 0 && char.IsUpper(run[t].Text[0]) ? len : 0;
    }

    /// <summary>Cuts gazetteer names out of a run (longest first); what lies between them is typed by context.</summary>
    private void Segment(NameRun run, Func<NameRun, bool> keepUnknown)
    {
        var unknownStart = -1;
        var i = 0;
        while (i < run.Count)
        {
            var (length, entry) = LongestEntry(run, i);
            if (entry is null)
            {
                if (unknownStart < 0) unknownStart = i;
                i++;
                continue;
            }
            if (unknownStart >= 0) Unknown(run.Slice(unknownStart, i - unknownStart), keepUnknown);
            unknownStart = -1;
            Add(run.Slice(i, length), entry.Type, Rules.Gazetteer);
            i += length;
        }
        if (unknownStart >= 0) Unknown(run.From(unknownStart), keepUnknown);
    }

    private static (int Length, GazetteerEntry? Entry) LongestEntry(NameRun run, int i)
    {
        if (!run[i].IsWord && run[i].Kind != PieceKind.Particle) return (0, null);
        for (var n = Math.Min(Gazetteer.MaxWords + 2, run.Count - i); n >= 1; n--)
        {
            if (!run[i + n - 1].IsWord) continue;
            if (Gazetteer.Lookup(run.Slice(i, n).Text) is { } e) return (n, e);
        }
        return (0, null);
    }

    private void Unknown(NameRun part, Func<NameRun, bool> keepUnknown)
    {
        if (part.Trimmed() is not { } run || !keepUnknown(run)) return;
        var before = sentence.Before(run[0].Token);
        var after = sentence.After(run[^1].Token);
        var cue = before is { IsWord: true, IsCapitalized: false } ? before.Text : null;
        if (cue is not null && EntityVocabulary.PersonCues.Contains(cue)) Add(run, EntityType.Person, Rules.CuePerson);
        else if (cue is not null && EntityVocabulary.OrganizationCues.Contains(cue)) Add(run, EntityType.Organization, Rules.CueOrganization);
        else if (cue == "of" && sentence.Before(run[0].Token - 1) is { } noun && EntityVocabulary.LocationCues.Contains(noun.Text))
            Add(run, EntityType.Location, Rules.CueLocation);
        else if (run.WordCount >= 2) Add(run, EntityType.Person, Rules.CapMulti);
        else if (EntityVocabulary.NotNamesAlone.Contains(run[0].Text)) return;
        else if (IsAcronym(run[0].Text)) Add(run, EntityType.Organization, Rules.Acronym);
        else if (LooksLikeSurname(run[0].Text)) Add(run, EntityType.Person, Rules.SurnameShape);
        else if (after is not null && EntityVocabulary.SpeechVerbs.Contains(after.Text)) Add(run, EntityType.Person, Rules.SpeechVerb);
        else Add(run, EntityType.Misc, Rules.CapSingle);
    }

    /// <summary>"Putra Heights", or a keyword carried on by "of": "Islamic Republic of Iran", "Strait of Hormuz".</summary>
    private static bool HasLocationKeyword(NameRun run) =>
        EntityVocabulary.LocationKeywords.Contains(run[^1].Text)
        || Enumerable.Range(0, run.Count - 1).Any(i => EntityVocabulary.LocationKeywords.Contains(run[i].Text) && run[i + 1].Kind == PieceKind.Connector);

    private static bool IsOrgKeyword(NamePiece p) => p.IsWord && EntityVocabulary.OrganizationKeywords.Contains(p.Text);

    /// <summary>"McGrath", "O'Brien", "MacArthur": surname prefixes with a capital after them.</summary>
    private static bool LooksLikeSurname(string text) =>
        (text.StartsWith("Mc", StringComparison.Ordinal) && text.Length > 3 && char.IsUpper(text[2]))
        || (text.StartsWith("Mac", StringComparison.Ordinal) && text.Length > 4 && char.IsUpper(text[3]))
        || (text.StartsWith("O'", StringComparison.Ordinal) && text.Length > 3 && char.IsUpper(text[2]));

    private static bool IsAcronym(string text)
    {
        var letters = text.Count(char.IsLetter);
        return letters is >= 2 and <= 5 && text.All(c => char.IsUpper(c) || c == '.' || char.IsDigit(c));
    }

    private void Add(NameRun run, EntityType type, string rule) => into.Add(new Candidate(run.Span, type, rule));
}
