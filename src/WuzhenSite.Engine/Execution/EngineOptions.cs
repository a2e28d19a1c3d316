namespace WuzhenSite.Engine.Execution;

/// <summary>How the engine runs: how parallel, and whether every phase's documents are kept for inspection.</summary>
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
}
