using System.Collections.Frozen;
using Dossier.Model;

namespace Dossier.Timeline;

/// <summary>The tense of the clause around a date, as far as a few word cues tell.</summary>
internal enum Tense
{
    Unknown,
    Past,
    Future,
}

/// <summary>
/// Decides whether a bare weekday or month points back or forward from the publication date. The verb a temporal
/// adjunct hangs on is usually the nearest one, most often to its left ("said Thursday", "will meet on Monday",
/// "On Monday, X said"), so the nearest cue wins, with cues on the left slightly preferred.
/// </summary>
internal static class TenseCues
{
    private const int LeftWindow = 12;
    private const int RightWindow = 6;

    private static readonly FrozenSet<string> Future = new[]
    {
        "will", "'ll", "shall", "scheduled", "planned", "upcoming", "expected", "next", "intends",
        "forthcoming", "tomorrow",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Irregular past forms common in news; regular ones are recognised by their -ed ending.
    private static readonly FrozenSet<string> Past = new[]
    {
        "said", "was", "were", "had", "did", "been", "told", "met", "took", "went", "came", "made", "gave", "held",
        "left", "began", "found", "saw", "sent", "won", "lost", "fell", "struck", "spoke", "wrote", "broke", "led",
        "ran", "shot", "fought", "flew", "threw", "rose", "got", "paid", "sought", "brought", "thought", "caught",
        "felt", "kept", "heard", "stood", "became", "chose", "drove", "knew", "grew", "drew", "withdrew", "swore",
        "hid", "stole", "sold", "overtook", "ago", "earlier", "yesterday", "last", "underwent", "spent", "built",
        "slept", "wept", "fled", "bled", "sank", "sang", "woke", "forgot", "forgave", "tore", "wore", "bore",
        "arose", "meant", "lent", "hung", "dealt", "beat", "quit", "split", "spread", "shut",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Words in -ed that are not past-tense verbs.
    private static readonly FrozenSet<string> NotPast = new[]
    {
        "need", "needed", "feed", "speed", "seed", "breed", "proceed", "exceed", "succeed", "bleed", "hundred",
        "indeed", "embed", "shed", "bed", "red", "wed", "united", "based", "alleged", "armed", "related", "detailed",
        "limited", "supposed", "advanced", "concerned", "interested", "required", "proposed", "unprecedented",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The tense nearest the expression at <paramref name="span"/> among the sentence's tokens.</summary>
    public static Tense Around(IReadOnlyList<Token> sentenceTokens, TextSpan span)
    {
        var at = 0;
        while (at < sentenceTokens.Count && sentenceTokens[at].Span.End <= span.Start) at++;
        var after = at;
        while (after < sentenceTokens.Count && sentenceTokens[after].Span.Start < span.End) after++;

        (Tense tense, int cost) best = (Tense.Unknown, int.MaxValue);
        for (var i = at - 1; i >= 0 && at - i <= LeftWindow; i--)
            Consider(sentenceTokens, i, at - i, ref best);
        for (var i = after; i < sentenceTokens.Count && i - after < RightWindow; i++)
            Consider(sentenceTokens, i, i - after + 2, ref best);
        return best.tense;
    }

    private static void Consider(IReadOnlyList<Token> tokens, int i, int cost, ref (Tense tense, int cost) best)
    {
        if (cost >= best.cost) return;
        var t = Classify(tokens, i);
        if (t != Tense.Unknown) best = (t, cost);
    }

    private static Tense Classify(IReadOnlyList<Token> tokens, int i)
    {
        var w = tokens[i].Text;
        if (!tokens[i].IsWord) return Tense.Unknown;
        var next = i + 1 < tokens.Count ? tokens[i + 1].Text : "";
        // "is to meet", "are set to", "is due to": arranged for the future
        if (next.Equals("to", StringComparison.OrdinalIgnoreCase) && w.ToLowerInvariant() is "is" or "are" or "set" or "due" or "going" or "plan" or "plans" or "planning" or "intend" or "intends")
            return Tense.Future;
        if (Future.Contains(w)) return Tense.Future;
        if (Past.Contains(w)) return Tense.Past;
        if (w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(w[0]) && !NotPast.Contains(w))
        {
            // "will be permitted", "to be held": a participle after "be" takes its tense from the auxiliary before it
            var prev = i > 0 ? tokens[i - 1].Text : "";
            return prev.Equals("be", StringComparison.OrdinalIgnoreCase) ? Tense.Unknown : Tense.Past;
        }
        return Tense.Unknown;
    }
}
