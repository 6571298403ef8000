using System.Diagnostics;

namespace Dossier.Extract;

/// <summary>The extractor's phases, for the time breakdown.</summary>
public enum ExtractionPhase { Parse, Metadata, Clean, Select, Prune, Render, LenientPasses }

/// <summary>
/// Where extraction time goes, summed over any number of pages and threads: pass one to
/// <see cref="HtmlExtractor.Extract(string, ExtractionTimings?)"/> to find out which phase to make cheaper.
/// Mutable on purpose: an accumulator shared by the pages it measures.
/// </summary>
public sealed class ExtractionTimings
{
    private readonly long[] _ticks = new long[Enum.GetValues<ExtractionPhase>().Length];
    private int _lenientPages;

    public TimeSpan this[ExtractionPhase phase] => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks[(int)phase]));

    public TimeSpan Total => Stopwatch.GetElapsedTime(0, _ticks.Sum());

    /// <summary>Pages whose strict pass found too little, so the page was parsed and judged again.</summary>
    public int LenientPages => _lenientPages;

    internal void Add(ExtractionPhase phase, long startTimestamp) =>
        Interlocked.Add(ref _ticks[(int)phase], Stopwatch.GetTimestamp() - startTimestamp);

    internal void CountLenientPage() => Interlocked.Increment(ref _lenientPages);
}
