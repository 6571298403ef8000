using System.Collections.Immutable;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Entities;

/// <summary>
/// The rule-based recogniser. Per sentence: stand-alone roles first ("the Syrian foreign minister"), then
/// gazetteer names spelt with lower-case words ("Islamic State of Iraq and the Levant"), then capitalised runs,
/// which <see cref="RunClassifier"/> types. A last pass over the article (<see cref="ArticleConsistency"/>)
/// retypes surnames and short forms after the full names they abbreviate.
/// </summary>
internal sealed class RuleTagger : IMentionTagger
{
    private static readonly ImmutableArray<(string Surface, ImmutableArray<string> Words)> Phrases =
        [.. Gazetteer.ConnectorPhrases.Select(p => (p, Tokenizer.Tokenize(p).Select(t => t.Text).ToImmutableArray()))];

    public ImmutableArray<Mention> Tag(Article article, ImmutableArray<Token> tokens)
    {
        if (tokens.IsDefaultOrEmpty) tokens = Tokenizer.Tokenize(article.Text);
        var views = Sentences(article, tokens);
        var words = new ArticleWords(KnownNames(views), LowerCaseWords(tokens));
        var found = new List<(int Sentence, Candidate Candidate)>();
        foreach (var view in views)
        {
            var candidates = new List<Candidate>();
            var claimed = new HashSet<int>();
            FindRoles(view, claimed, candidates);
            FindPhrases(view, claimed, candidates);
            var classifier = new RunClassifier(view, words, candidates);
            foreach (var run in NameRunBuilder.Build(view, claimed)) classifier.Classify(run);
            found.AddRange(candidates.Select(c => (view.Sentence.Index, c)));
        }
        var consistent = ArticleConsistency.Apply(found.Select(f => f.Candidate).ToList(), article.Text);
        return [.. found.Zip(consistent)
            .Where(p => p.Second is not null)
            .Select(p => ToMention(article, p.First.Sentence, p.Second!))
            .OrderBy(m => m.Span.Start)];
    }

    private static Mention ToMention(Article article, int sentence, Candidate c) =>
        new(article.Id, sentence, c.Span, c.Span.Of(article.Text), c.Type, c.Rule) { IsRole = c.IsRole };

    private static List<SentenceView> Sentences(Article article, ImmutableArray<Token> tokens)
    {
        var sentences = article.Sentences.IsDefaultOrEmpty
            ? [new Sentence(0, new TextSpan(0, article.Text.Length), article.Text)]
            : article.Sentences;
        var views = new List<SentenceView>();
        var i = 0;
        foreach (var s in sentences)
        {
            while (i < tokens.Length && tokens[i].Span.Start < s.Span.Start) i++;
            var from = i;
            while (i < tokens.Length && tokens[i].Span.End <= s.Span.End) i++;
            views.Add(new SentenceView(s, tokens, from, i));
        }
        return views;
    }

    /// <summary>
    /// Name words seen capitalised where a capital means something (not opening a sentence, not in a
    /// title-case line): these vouch for the same word where capitals do not ("Assad said ...").
    /// </summary>
    private static HashSet<string> KnownNames(List<SentenceView> views)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in views.Where(v => !v.IsTitleCase))
        {
            for (var i = v.From; i < v.To; i++)
            {
                if (v.IsInitial(i) || NamePiece.From(i, v.Tokens[i]) is not { IsWord: true, IsShoutedWord: false } piece) continue;
                foreach (var w in NameKey.Words(piece.Text)) known.Add(w);
                known.Add(piece.Key);
            }
        }
        return known;
    }

    private static HashSet<string> LowerCaseWords(ImmutableArray<Token> tokens) =>
        tokens.Where(t => t.IsWord && t.Text.All(c => !char.IsLetter(c) || char.IsLower(c))).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);

    private static void FindRoles(SentenceView v, HashSet<int> claimed, List<Candidate> into)
    {
        var tokens = v.Tokens.Skip(v.From).Take(v.To - v.From).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || RolePhrase.Match(tokens, i, requireCountry: true) is not { } m) continue;
            // "a Syrian diplomat" is somebody, not the office holder the story knows
            if (i > 0 && EntityVocabulary.Indefinites.Contains(tokens[i - 1].Text)) continue;
            // a role followed by a name is a title ("Syrian Foreign Minister al-Moallem"): the name carries it
            if (m.End < tokens.Count && NamePiece.From(v.From + m.End, tokens[m.End]) is not null) continue;
            into.Add(new Candidate(new TextSpan(tokens[i].Span.Start, tokens[m.End - 1].Span.End), EntityType.Person, Rules.Role, IsRole: true));
            for (var k = i; k < m.End; k++) claimed.Add(v.From + k);
            i = m.End - 1;
        }
    }

    private static void FindPhrases(SentenceView v, HashSet<int> claimed, List<Candidate> into)
    {
        for (var i = v.From; i < v.To; i++)
        {
            if (claimed.Contains(i) || !v.Tokens[i].IsWord) continue;
            foreach (var (surface, words) in Phrases)
            {
                if (i + words.Length > v.To || !MatchesAt(v, i, words)) continue;
                var span = new TextSpan(v.Tokens[i].Span.Start, v.Tokens[i + words.Length - 1].Span.End);
                into.Add(new Candidate(span, Gazetteer.Lookup(surface)!.Type, Rules.GazetteerPhrase));
                for (var k = i; k < i + words.Length; k++) claimed.Add(k);
                i += words.Length - 1;
                break;
            }
        }
    }

    private static bool MatchesAt(SentenceView v, int i, ImmutableArray<string> words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            var text = v.Tokens[i + k].Text;
            var same = k == 0 ? string.Equals(text, words[k], StringComparison.OrdinalIgnoreCase) : text == words[k];
            if (!same) return false;
        }
        return true;
    }
}
