using Dossier.Model;

namespace Dossier.Bench;

/// <summary>What a generated article is, for scoring: planted copies know the original they copy.</summary>
public enum CopyKind
{
    /// <summary>A new article: sentences drawn from its topic.</summary>
    Original,

    /// <summary>A new article that reuses a third or so of an earlier one's sentences as background: not a copy,
    /// and the hard case for precision.</summary>
    FollowUp,

    /// <summary>The same body on another outlet: the content hash makes it the same article.</summary>
    Exact,

    /// <summary>A wire copy: the same body with the outlet's dateline, its credit line, and the last paragraph or two cut.</summary>
    Syndicated,

    /// <summary>A light rewrite: a sentence dropped, one added, two swapped, a few words changed.</summary>
    Rewrite,
}

/// <param name="Index">Position in the stream (0-based).</param>
/// <param name="Original">Stream index of the original this article copies; its own index for originals and follow-ups.</param>
public sealed record StreamArticle(int Index, Article Article, CopyKind Kind, int Original)
{
    public bool IsPlantedCopy => Kind is CopyKind.Exact or CopyKind.Syndicated or CopyKind.Rewrite;
}

/// <summary>How often each kind of article is planted (the rest are originals), and how far back copies reach.</summary>
public sealed record StreamRates
{
    public double Exact { get; init; } = 0.03;
    public double Syndicated { get; init; } = 0.05;
    public double Rewrite { get; init; } = 0.05;
    public double FollowUp { get; init; } = 0.05;

    /// <summary>Copies and follow-ups are made from one of this many most recent originals (a few days of a busy desk).</summary>
    public int Recent { get; init; } = 20_000;

    /// <summary>Articles per day of the stream's publication dates.</summary>
    public int PerDay { get; init; } = 3_000;
}
