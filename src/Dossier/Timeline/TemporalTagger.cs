using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Timeline;

/// <summary>
/// Finds dates in an article and resolves them against its publication date (the anchor).
/// Absolute dates ("July 23, 2015") are read off the text; a month-day without a year takes the year that puts it
/// nearest the anchor; relative ones ("on Tuesday", "last month") are computed from the anchor, with the clause's
/// tense deciding which way a bare weekday points. Without an anchor nothing is guessed: the year stays unknown and
/// relative expressions are tagged with no value.
/// </summary>
public sealed class TemporalTagger
{
    public ImmutableArray<TimeExpression> Tag(Article article, ImmutableArray<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Sentences.IsDefaultOrEmpty) return [];
        if (tokens.IsDefaultOrEmpty) tokens = Tokenizer.Tokenize(article.Text);
        var anchor = article.Published is { Year: not null } p ? p.Truncate(DateGranularity.Day) : null;
        var result = ImmutableArray.CreateBuilder<TimeExpression>();
        var t = 0;
        foreach (var sentence in article.Sentences)
        {
            while (t < tokens.Length && tokens[t].Span.End <= sentence.Span.Start) t++;
            var first = t;
            while (t < tokens.Length && tokens[t].Span.Start < sentence.Span.End) t++;
            var sentenceTokens = tokens.Slice(first, t - first);
            foreach (var (rule, m) in Matches(sentence.Text))
            {
                var x = m.Groups["x"].Success ? m.Groups["x"] : (Group)m;
                var span = new TextSpan(sentence.Span.Start + x.Index, sentence.Span.Start + x.Index + x.Length);
                var ctx = new ResolveContext(anchor, () => TenseCues.Around(sentenceTokens, span));
                if (DateResolver.Resolve(rule.Kind, m, ctx) is not { } r) continue;
                result.Add(new TimeExpression(article.Id, sentence.Index, span, x.Value, r.Value, rule.Name) { Relative = r.Relative });
            }
        }
        return result.ToImmutable();
    }

    /// <summary>Every rule's accepted matches in one sentence, overlaps settled: the longer match wins, then the earlier rule.</summary>
    private static IEnumerable<(DateRule Rule, Match Match)> Matches(string sentence)
    {
        var all = new List<(DateRule Rule, Match Match, int Order)>();
        for (var i = 0; i < DatePatterns.Rules.Count; i++)
        {
            var rule = DatePatterns.Rules[i];
            foreach (Match m in rule.Pattern.Matches(sentence))
                if (DateGuards.Accept(rule.Kind, m, sentence)) all.Add((rule, m, i));
        }
        var taken = new List<(DateRule Rule, Match Match)>();
        foreach (var c in all.OrderByDescending(c => c.Match.Length).ThenBy(c => c.Order))
        {
            if (taken.Any(k => k.Match.Index < c.Match.Index + c.Match.Length && c.Match.Index < k.Match.Index + k.Match.Length)) continue;
            taken.Add((c.Rule, c.Match));
        }
        return taken.OrderBy(k => k.Match.Index);
    }
}
