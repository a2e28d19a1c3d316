using System.Collections.Immutable;
using System.Diagnostics;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Pipelines;

namespace WuzhenSite.Engine.Execution;

/// <summary>
/// Runs pipelines phase by phase. Within a phase every pipeline starts as soon as the same phase
/// of its dependencies is done, so independent pipelines run in parallel; in the Output phase only
/// pipelines with <see cref="Pipeline.OutputHasDependencies"/> wait, as in Statiq. A phase ends for
/// all before the next begins. Errors reported in a phase stop the run after that phase, so every
/// error of a phase is reported together and nothing is written from a broken build.
/// </summary>
public sealed class PipelineEngine
{
    private static readonly Phase[] Phases = [Phase.Input, Phase.Process, Phase.PostProcess, Phase.Output];

    private readonly DependencyGraph _graph;
    private readonly EngineOptions _options;

    /// <summary>Makes an engine; throws when dependencies name unknown pipelines or form a cycle.</summary>
    public PipelineEngine(IReadOnlyList<Pipeline> pipelines, EngineOptions? options = null)
    {
        _graph = DependencyGraph.Build(pipelines);
        _options = options ?? new EngineOptions();
    }

    /// <summary>The pipelines in dependency order.</summary>
    public ImmutableArray<Pipeline> Pipelines => _graph.Ordered;

    /// <summary>Runs every phase of every pipeline.</summary>
    public async Task<EngineResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var diagnostics = new DiagnosticBag();
        var run = new PipelineRun(_graph, _options, diagnostics, cancellationToken);
        var clock = Stopwatch.StartNew();
        var outputs = new Dictionary<(string, Phase), ImmutableArray<Document>>();
        var timings = new List<PhaseTiming>();
        Phase? stoppedAfter = null;

        foreach (var phase in Phases)
        {
            run.CancellationToken.ThrowIfCancellationRequested();
            run.Enter(phase);
            var phaseTimings = await RunPhaseAsync(run, phase, clock).ConfigureAwait(false);
            timings.AddRange(phaseTimings);
            foreach (var pipeline in _graph.Ordered)
            {
                if (run.TryGetOutputs(pipeline.Name, phase, out var documents))
                {
                    outputs[(pipeline.Name, phase)] = documents;
                }

                // Modules read the current phase and the one before: older documents can go.
                if (!_options.KeepEveryPhase && phase > Phase.Input)
                {
                    outputs.Remove((pipeline.Name, phase - 1));
                    run.Release(pipeline.Name, phase - 1);
                }
            }

            if (diagnostics.HasErrors)
            {
                stoppedAfter = phase;
                break;
            }

            // Only when the run goes on: a failed build stops here and has nothing left to make room for.
            if (_options.CompactMemoryAfter.Contains(phase))
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            }
        }

        return new EngineResult(outputs, diagnostics.ToSortedList(), timings, stoppedAfter);
    }

    private async Task<IReadOnlyList<PhaseTiming>> RunPhaseAsync(PipelineRun run, Phase phase, Stopwatch clock)
    {
        var tasks = new Dictionary<string, Task<PhaseTiming>>(StringComparer.Ordinal);
        foreach (var pipeline in _graph.Ordered)
        {
            // A phase that waits for its dependencies waits for all of them, direct or not, so
            // what it may read (OutputsOf) is finished even when a dependency in between does
            // not wait itself (an Output phase without OutputHasDependencies).
            var dependencies = pipeline.WaitsForDependencies(phase)
                ? _graph.AllDependenciesOf(pipeline.Name).Select(name => tasks[name]).ToArray()
                : [];
            // Each pipeline's phase starts on a thread of its own once its dependencies are done:
            // modules mostly work synchronously (Parallel.For inside), so pipelines sharing pool
            // threads ran one after another instead of side by side.
            tasks[pipeline.Name] = Task.WhenAll(dependencies).ContinueWith(
                _ => RunPipelinePhaseAsync(run, pipeline, phase, clock),
                CancellationToken.None,
                TaskContinuationOptions.LongRunning,
                TaskScheduler.Default).Unwrap();
        }

        // Ordered by pipeline declaration, not by completion, so the report is stable.
        var results = await Task.WhenAll(_graph.Ordered.Select(p => tasks[p.Name])).ConfigureAwait(false);
        return results;
    }

    private static async Task<PhaseTiming> RunPipelinePhaseAsync(PipelineRun run, Pipeline pipeline, Phase phase, Stopwatch clock)
    {
        var startedAfter = clock.Elapsed;
        var stopwatch = Stopwatch.StartNew();
        var documents = phase == Phase.Input || !run.TryGetOutputs(pipeline.Name, phase - 1, out var previous)
            ? ImmutableArray<Document>.Empty
            : previous;
        var context = new PipelineContext(run, pipeline.Name, phase);
        foreach (var module in pipeline.ModulesOf(phase))
        {
            run.CancellationToken.ThrowIfCancellationRequested();
            try
            {
                documents = await module.ExecuteAsync(documents, context).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A module bug must not take the other pipelines down silently: report it with its place.
                run.Diagnostics.Report(Diagnostic.Error(
                    pipeline.Name,
                    0,
                    0,
                    $"Module {module.GetType().Name} failed in the {phase} phase: {exception.Message}",
                    code: "engine"));
                documents = [];
                break;
            }
        }

        run.SetOutputs(pipeline.Name, phase, documents);
        return new PhaseTiming(pipeline.Name, phase, stopwatch.Elapsed, documents.Length) {
            HeapBytesAfter = GC.GetTotalMemory(forceFullCollection: false),
            StartedAfter = startedAfter,
        };
    }
}
