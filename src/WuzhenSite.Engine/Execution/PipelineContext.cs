using System.Collections.Concurrent;
using System.Collections.Immutable;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Pipelines;

namespace WuzhenSite.Engine.Execution;

/// <summary>
/// What a module sees of the run it is part of: its pipeline and phase, the results it may
/// read, where to report problems, and how parallel to be.
/// </summary>
public sealed class PipelineContext
{
    private readonly PipelineRun _run;

    internal PipelineContext(PipelineRun run, string pipeline, Phase phase)
    {
        _run = run;
        PipelineName = pipeline;
        Phase = phase;
    }

    /// <summary>The pipeline whose module is running.</summary>
    public string PipelineName { get; }

    /// <summary>The phase that is running.</summary>
    public Phase Phase { get; }

    /// <summary>Where problems with the input are reported.</summary>
    public DiagnosticBag Diagnostics => _run.Diagnostics;

    /// <summary>Cancelled when the run is abandoned.</summary>
    public CancellationToken CancellationToken => _run.CancellationToken;

    /// <summary>How many documents may be worked on at once.</summary>
    public int MaxDegreeOfParallelism => _run.Options.MaxDegreeOfParallelism;

    /// <summary>
    /// The documents another pipeline produced that this module may read: a dependency's
    /// result of the current phase (when this phase waits for dependencies, see
    /// <see cref="Pipeline.WaitsForDependencies"/>), or any pipeline's result of the previous
    /// phase once that phase is over for all. Anything else would depend on thread timing, so it throws.
    /// </summary>
    public ImmutableArray<Document> OutputsOf(string pipeline)
    {
        if (_run.Waits(PipelineName, Phase) && _run.Graph.DependsOn(PipelineName, pipeline) && _run.TryGetOutputs(pipeline, Phase, out var current))
        {
            return current;
        }

        if (Phase > Phase.Input && _run.TryGetOutputs(pipeline, Phase - 1, out var previous))
        {
            return previous;
        }

        throw new InvalidOperationException(
            $"Pipeline '{PipelineName}' reads '{pipeline}' in the {Phase} phase without depending on it; declare the dependency.");
    }

    /// <summary>
    /// Runs <paramref name="work"/> over the items in parallel and returns the results in the
    /// items' order, so output never depends on scheduling.
    /// </summary>
    public async Task<TResult[]> MapInOrderAsync<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, ValueTask<TResult>> work)
    {
        var results = new TResult[items.Count];
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = MaxDegreeOfParallelism,
            CancellationToken = CancellationToken,
        };
        await Parallel.ForAsync(0, items.Count, options, async (index, _) => results[index] = await work(items[index]).ConfigureAwait(false))
            .ConfigureAwait(false);
        return results;
    }

    /// <summary>Synchronous form of <see cref="MapInOrderAsync{TItem, TResult}"/> for CPU-bound work.</summary>
    public TResult[] MapInOrder<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> work)
    {
        var results = new TResult[items.Count];
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = MaxDegreeOfParallelism,
            CancellationToken = CancellationToken,
        };
        Parallel.For(0, items.Count, options, index => results[index] = work(items[index]));
        return results;
    }
}

/// <summary>The shared state of one engine run; modules see it through <see cref="PipelineContext"/>.</summary>
internal sealed class PipelineRun(DependencyGraph graph, EngineOptions options, DiagnosticBag diagnostics, CancellationToken cancellationToken)
{
    private readonly ConcurrentDictionary<(string Pipeline, Phase Phase), ImmutableArray<Document>> _outputs = new();

    public DependencyGraph Graph { get; } = graph;

    public EngineOptions Options { get; } = options;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Cancelled when the run is abandoned; <see cref="CancellationToken.None"/> from <see cref="EngineOptions.FinishesOnceIn"/> on.</summary>
    public CancellationToken CancellationToken { get; private set; } = cancellationToken;

    /// <summary>Called as each phase starts (phases run one after another).</summary>
    public void Enter(Phase phase)
    {
        if (phase >= Options.FinishesOnceIn)
        {
            CancellationToken = CancellationToken.None;
        }
    }

    public void SetOutputs(string pipeline, Phase phase, ImmutableArray<Document> documents) => _outputs[(pipeline, phase)] = documents;

    public bool TryGetOutputs(string pipeline, Phase phase, out ImmutableArray<Document> documents) =>
        _outputs.TryGetValue((pipeline, phase), out documents);

    public bool Waits(string pipeline, Phase phase) => Graph[pipeline].WaitsForDependencies(phase);

    public void Release(string pipeline, Phase phase) => _outputs.TryRemove((pipeline, phase), out _);
}
