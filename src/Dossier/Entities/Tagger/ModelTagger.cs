using System.Collections.Immutable;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Entities.Tagger;

/// <summary>
/// The trained tagger behind <see cref="IMentionTagger"/>, combined with the rules. The rules were written for
/// this project's stories and know what CoNLL never taught the model: roles ("the Syrian foreign minister"), titles
/// kept out of names, the name inside "Iranian-backed", headline casing; where they found a name it stands, except
/// that a name they only typed by default (a lone capitalised word, an acronym) takes the model's type. The model
/// adds every name the rules missed.
/// </summary>
internal sealed class ModelTagger(TaggerModel model) : IMentionTagger
{
    public const string Rule = "model";

    private readonly RuleTagger _rules = new();

    public ImmutableArray<Mention> Tag(Article article, ImmutableArray<Token> tokens)
    {
        if (tokens.IsDefaultOrEmpty) tokens = Tokenizer.Tokenize(article.Text);
        var sentences = Sentences(article, tokens);
        var labels = new ViterbiDecoder(model).Tag([.. sentences.Select(s => s.Words)]);
        var rules = _rules.Tag(article, tokens);
        var named = new Dictionary<TextSpan, EntityType>();
        foreach (var s in sentences)
        {
            foreach (var (from, to, type) in Spans(labels[s.Position]))
                named[new TextSpan(tokens[s.From + from].Span.Start, tokens[s.From + to - 1].Span.End)] = type;
        }
        // A rule that typed a name by default defers to the model's type for the same span; the mention stays weak
        // (its rule kept), so the merger may still join it to a full name of another type.
        var found = rules.Select(m => !m.IsRole && m.Rule is Rules.CapSingle or Rules.Acronym && named.TryGetValue(m.Span, out var t) && t != m.Type
            ? m with { Type = t }
            : m).ToList();
        foreach (var s in sentences)
        {
            foreach (var (from, to, type) in Spans(labels[s.Position]))
            {
                var span = new TextSpan(tokens[s.From + from].Span.Start, tokens[s.From + to - 1].Span.End);
                if (found.Any(f => f.Span.Start < span.End && span.Start < f.Span.End) || !Plausible(s, from, to, tokens)) continue;
                found.Add(new Mention(article.Id, s.Index, span, span.Of(article.Text), type, Rule));
            }
        }
        return [.. found.OrderBy(m => m.Span.Start)];
    }

    private sealed record SentenceTokens(int Position, int Index, int From, string[] Words);

    /// <summary>
    /// Web articles carry lines CoNLL never showed the model ("Next Story", "Archive", "Mr." alone): a name the
    /// rules did not find must be words only, hold no title or never-name word, and not open its line unless it
    /// is a name of two words or more in a real sentence.
    /// </summary>
    private static bool Plausible(SentenceTokens s, int from, int to, ImmutableArray<Token> tokens)
    {
        for (var i = from; i < to; i++)
        {
            var t = tokens[s.From + i];
            if (!t.IsWord || !t.Text.Any(char.IsLetter)) return false;
            if (EntityVocabulary.Honorifics.Contains(t.Text) || EntityVocabulary.NeverNames.Contains(t.Text) || EntityVocabulary.NotNamesAlone.Contains(t.Text)) return false;
        }
        if (EntityVocabulary.NonNameStarters.Contains(tokens[s.From + from].Text)) return false;
        return from > 0 || (to - from >= 2 && s.Words.Length > 4);
    }

    private static List<SentenceTokens> Sentences(Article article, ImmutableArray<Token> tokens)
    {
        var sentences = article.Sentences.IsDefaultOrEmpty
            ? [new Sentence(0, new TextSpan(0, article.Text.Length), article.Text)]
            : article.Sentences;
        var result = new List<SentenceTokens>();
        var i = 0;
        foreach (var s in sentences)
        {
            while (i < tokens.Length && tokens[i].Span.Start < s.Span.Start) i++;
            var from = i;
            while (i < tokens.Length && tokens[i].Span.End <= s.Span.End) i++;
            if (i > from) result.Add(new SentenceTokens(result.Count, s.Index, from, [.. tokens.Skip(from).Take(i - from).Select(t => t.Text)]));
        }
        return result;
    }

    private static IEnumerable<(int From, int To, EntityType Type)> Spans(int[] labels) =>
        NerLabels.Chunks(labels).Select(c => (c.From, c.To, (EntityType)c.Type));
}
