namespace WuzhenSite.Engine.Execution;

/// <summary>How the engine runs: only parallelism for now, so tests can prove output does not depend on it.</summary>
public sealed record EngineOptions
{
    /// <summary>How many documents or pipelines may run at once; defaults to the number of cores.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}
