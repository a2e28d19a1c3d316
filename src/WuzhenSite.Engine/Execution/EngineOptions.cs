using WuzhenSite.Engine.Pipelines;

namespace WuzhenSite.Engine.Execution;

/// <summary>How the engine runs: how parallel, whether every phase's documents are kept for inspection, and when memory is compacted.</summary>
public sealed record EngineOptions
{
    /// <summary>How many documents or pipelines may run at once; defaults to the number of cores.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Keep every phase's documents in the result. By default a phase's documents are released as
    /// soon as the next phase has finished (no module can read them after that), so a build holds
    /// each document's content once, not once per phase; tests of the engine itself turn this on.
    /// </summary>
    public bool KeepEveryPhase { get; init; }

    /// <summary>
    /// Phases after which the engine runs one full, compacting garbage collection (none by default).
    /// A phase boundary is the one moment much is known to have died at once: the earlier phase's
    /// documents were just released and the modules' working data (a search index's vectors, say)
    /// is gone. Those objects lived long enough to reach the oldest generation, where the runtime
    /// would only reclaim them much later; until then the next phase grows the heap beside them.
    /// </summary>
    public IReadOnlySet<Phase> CompactMemoryAfter { get; init; } = new HashSet<Phase>();

    /// <summary>
    /// The first phase cancellation no longer stops (null: every phase stops). A run that writes in
    /// place (the preview) gives <see cref="Phase.Output"/>: it may be abandoned while it works out
    /// what to write, but once writing has begun it finishes, so a folder is never left half
    /// written by a cancelled run.
    /// </summary>
    public Phase? FinishesOnceIn { get; init; }
}
