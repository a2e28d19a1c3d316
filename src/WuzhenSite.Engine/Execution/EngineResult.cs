using System.Collections.Immutable;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Pipelines;

namespace WuzhenSite.Engine.Execution;

/// <summary>What a run produced: each pipeline's documents per phase, the diagnostics, and timings.</summary>
public sealed class EngineResult(
    IReadOnlyDictionary<(string Pipeline, Phase Phase), ImmutableArray<Document>> outputs,
    IReadOnlyList<Diagnostic> diagnostics,
    IReadOnlyList<PhaseTiming> timings,
    Phase? stoppedAfter)
{
    /// <summary>Every diagnostic, sorted by file and position.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>Time spent per pipeline and phase.</summary>
    public IReadOnlyList<PhaseTiming> Timings { get; } = timings;

    /// <summary>The phase after which errors stopped the run, or null when every phase ran.</summary>
    public Phase? StoppedAfter { get; } = stoppedAfter;

    /// <summary>True when no error was reported.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>
    /// The documents a pipeline had at the end of a phase: empty when the phase did not run, or when
    /// it was released (only the last phase that ran is kept unless <see cref="EngineOptions.KeepEveryPhase"/>).
    /// </summary>
    public ImmutableArray<Document> OutputsOf(string pipeline, Phase phase) =>
        outputs.TryGetValue((pipeline, phase), out var documents) ? documents : [];
}
