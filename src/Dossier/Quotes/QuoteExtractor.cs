using System.Collections.Immutable;
using Dossier.Model;
using Dossier.Quotes.Sieves;

namespace Dossier.Quotes;

/// <summary>
/// Finds direct and indirect attributions in one article and resolves their speakers.
/// A cascade of sieves, as CoreNLP's quote attribution: quotations are first attributed from the cue next to
/// them, then reported speech is read around the cues left over, then the remaining quotations inherit an
/// attribution (embedded in reported speech, or continuing an interrupted quote). Each quote names its sieve.
/// </summary>
public sealed class QuoteExtractor
{
    /// <summary>Sieves for quotations, in order: the first that fires wins.</summary>
    private static readonly IDirectSieve[] DirectSieves = [new TrailingCueSieve(), new LeadingCueSieve(), new CueAfterQuoteSieve()];

    /// <summary>Sieves for reported speech, in order; each skips cues an earlier sieve used.</summary>
    private static readonly IIndirectSieve[] IndirectSieves = [new ReportedClauseSieve(), new ClauseThenCueSieve(), new ParentheticalCueSieve(), new ParticipleSieve(), new AccordingToSieve()];

    /// <summary>Sieves for quotations still unattributed, in order.</summary>
    private static readonly IFollowUpSieve[] FollowUpSieves = [new EmbeddedInReportSieve(), new ContinuationSieve()];

    public ImmutableArray<Quote> Extract(Article article, ImmutableArray<Token> tokens, ImmutableArray<Mention> mentions)
    {
        var c = QuoteContext.Create(article, tokens, mentions);
        if (c.Count == 0) return [];
        var found = new List<Candidate>();
        var used = new HashSet<int>();

        foreach (var q in c.Quotes)
        {
            foreach (var sieve in DirectSieves)
            {
                if (sieve.Attribute(c, q) is not { } a) continue;
                found.Add(new Candidate(q.Content, true, a, sieve.Name, q));
                for (var t = a.Cue.FirstToken; t <= a.Cue.LastToken; t++) used.Add(t);
                break;
            }
        }
        foreach (var sieve in IndirectSieves)
            found.AddRange(sieve.Find(c, used).ToList());
        foreach (var q in c.Quotes)
        {
            if (found.Any(f => f.Quote == q)) continue;
            foreach (var sieve in FollowUpSieves)
            {
                if (sieve.Attribute(c, q, found) is not { } f) continue;
                found.Add(f);
                break;
            }
        }
        return Resolve(c, found);
    }

    // speakers are resolved in text order so a pronoun can lean on the attributions before it
    private static ImmutableArray<Quote> Resolve(QuoteContext c, List<Candidate> found)
    {
        var attributions = found.Select(f => f.Attribution).Distinct()
            .OrderBy(a => a.Speaker?.Span.Start ?? a.Cue.Span.Start).ToList();
        var index = NameIndex.Build(c, attributions.Where(a => a.Speaker is not null).Select(a => a.Speaker!));
        var resolver = new SpeakerResolver(c, index);
        var speakers = attributions.ToDictionary(a => a, a => resolver.Resolve(a.Speaker));
        return [.. found
            .OrderBy(f => f.Content.Start)
            .Select(f => ToQuote(c, f, speakers[f.Attribution].Name))];
    }

    private static Quote ToQuote(QuoteContext c, Candidate f, string? speaker)
    {
        var a = f.Attribution;
        var cue = SpanConventions.Cue(c, a.Cue, a.Speaker?.Span);
        if (!f.Direct && SpanConventions.GovernedPreposition(c, a.Cue, f.Content) is var p and >= 0) cue = new TextSpan(cue.Start, c[p].Span.End);
        var content = SpanConventions.Content(c, f.Content, f.Direct, cue);
        return new Quote(c.Article.Id, c.SentenceOfOffset(a.Cue.Span.Start), speaker, a.Speaker?.Span, c.Slice(cue), cue, c.Slice(content), content, f.Direct, f.Rule);
    }
}
