using WuzhenSite.Engine.Pipelines;

namespace WuzhenSite.Engine.Execution;

/// <summary>How long one pipeline spent in one phase, how many documents it produced, and the managed heap's size when it finished.</summary>
public sealed record PhaseTiming(string Pipeline, Phase Phase, TimeSpan Elapsed, int DocumentCount)
{
    /// <summary>Bytes allocated on the managed heap and not yet collected when the phase finished (for the benchmark's memory profile).</summary>
    public long HeapBytesAfter { get; init; }

    /// <summary>When the phase started, counted from the start of the run: with <see cref="Elapsed"/> it shows which pipelines ran side by side and where cores waited.</summary>
    public TimeSpan StartedAfter { get; init; }
}
