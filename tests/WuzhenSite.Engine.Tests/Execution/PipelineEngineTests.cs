using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Engine.Pipelines;
using static WuzhenSite.Engine.Tests.TestModules;

namespace WuzhenSite.Engine.Tests.Execution;

public sealed class PipelineEngineTests
{
    [Fact]
    public async Task Runs_phases_in_order_and_passes_documents_from_phase_to_phase()
    {
        var log = new List<string>();
        var engine = new PipelineEngine([
            new Pipeline("P",
                input: [Record(log, "input"), Create("a", "b")],
                process: [Record(log, "process"), Append("1")],
                postProcess: [Record(log, "post"), Append("2")],
                output: [Record(log, "output")]),
        ]);

        var result = await engine.RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["input", "process", "post", "output"], log);
        Assert.Equal(["12", "12"], result.OutputsOf("P", Phase.Output).Select(d => d.Content.ReadText()));
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task A_dependency_finishes_its_phase_before_its_dependent_starts_it()
    {
        var log = new List<string>();
        var engine = new PipelineEngine([
            new Pipeline("Reader", dependencies: ["Slow"], process: [Record(log, "reader"), ReadFrom("Slow")]),
            new Pipeline("Slow", input: [Create("x")], process: [Delay(50), Record(log, "slow done")]),
        ], new EngineOptions { KeepEveryPhase = true });

        var result = await engine.RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["slow done", "reader"], log);
        Assert.Equal(["from-x"], result.OutputsOf("Reader", Phase.Process).Select(d => d.Source));
    }

    [Fact]
    public async Task Independent_pipelines_run_at_the_same_time()
    {
        // Each pipeline's Process waits until all four are inside it: only pipelines that really
        // overlap can meet, whatever the machine's speed.
        var rendezvous = new Rendezvous(4);
        var pipelines = Enumerable.Range(0, 4).Select(i => new Pipeline($"P{i}", process: [Meet(rendezvous)])).ToList();
        var engine = new PipelineEngine(pipelines, new EngineOptions { MaxDegreeOfParallelism = 4 });

        await engine.RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(4, rendezvous.Met);
    }

    [Fact]
    public async Task Output_starts_without_waiting_for_dependencies_output_and_reads_their_postprocess_result()
    {
        var log = new List<string>();
        var engine = new PipelineEngine([
            new Pipeline("Slow", input: [Create("x")], output: [Delay(200), Record(log, "slow written"), Append("-written")]),
            new Pipeline("Writer", dependencies: ["Slow"], output: [Record(log, "writer"), ReadFrom("Slow")]),
        ], new EngineOptions { KeepEveryPhase = true, MaxDegreeOfParallelism = 2 });

        var result = await engine.RunAsync(TestContext.Current.CancellationToken);

        // As in Statiq: writing one pipeline's files does not wait for another's, and what it
        // reads of a dependency is the PostProcess result, never a half-finished Output.
        Assert.Equal(["writer", "slow written"], log);
        Assert.Equal(["from-x"], result.OutputsOf("Writer", Phase.Output).Select(d => d.Source));
    }

    [Fact]
    public async Task Output_with_dependencies_waits_for_every_dependency_s_output_direct_or_not()
    {
        var log = new List<string>();
        var engine = new PipelineEngine([
            new Pipeline("Pages", input: [Create("p")], output: [Delay(200), Record(log, "pages written"), Append("!")]),
            new Pipeline("Feeds", dependencies: ["Pages"], output: [Record(log, "feeds written")]),
            new Pipeline("Check", dependencies: ["Feeds"], output: [Record(log, "check"), ReadFrom("Pages")], outputHasDependencies: true),
        ], new EngineOptions { KeepEveryPhase = true, MaxDegreeOfParallelism = 3 });

        var result = await engine.RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal("check", log[^1]);
        Assert.Equal(["from-p"], result.OutputsOf("Check", Phase.Output).Select(d => d.Source));
    }

    [Fact]
    public async Task Memory_dropped_in_a_phase_is_reclaimed_before_the_next_when_asked()
    {
        WeakReference? workingData = null;
        bool? aliveWhenOutputStarted = null;
        var engine = new PipelineEngine([
            new Pipeline("Index",
                process: [new Lambda((inputs, _) => { workingData = AllocateAndDrop(); return inputs; })],
                output: [new Lambda((inputs, _) => { aliveWhenOutputStarted = workingData!.IsAlive; return inputs; })]),
        ], new EngineOptions { CompactMemoryAfter = new HashSet<Phase> { Phase.Process } });

        await engine.RunAsync(TestContext.Current.CancellationToken);

        Assert.False(aliveWhenOutputStarted);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference AllocateAndDrop() => new(new byte[1 << 20]);

    [Fact]
    public async Task Reading_a_pipeline_that_is_not_a_dependency_in_the_same_phase_is_refused()
    {
        // In the Input phase nothing earlier exists, so only a declared dependency could be read.
        var engine = new PipelineEngine([
            new Pipeline("A", input: [ReadFrom("B")]),
            new Pipeline("B", input: [Create("b")]),
        ]);

        var result = await engine.RunAsync(TestContext.Current.CancellationToken);

        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("declare the dependency", error.Message);
    }

    [Fact]
    public async Task A_later_phase_may_read_any_pipeline_s_earlier_phase()
    {
        var engine = new PipelineEngine([
            new Pipeline("A", postProcess: [ReadFrom("B")]),
            new Pipeline("B", input: [Create("b")]),
        ], new EngineOptions { KeepEveryPhase = true });

        var result = await engine.RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["from-b"], result.OutputsOf("A", Phase.PostProcess).Select(d => d.Source));
    }

    [Fact]
    public async Task Only_the_last_phase_s_documents_are_kept_unless_asked()
    {
        Pipeline[] pipelines = [new Pipeline("A", input: [Create("a")], process: [ReadFrom("B")]), new Pipeline("B", input: [Create("b")])];

        var released = await new PipelineEngine(pipelines).RunAsync(TestContext.Current.CancellationToken);
        var kept = await new PipelineEngine(pipelines, new EngineOptions { KeepEveryPhase = true }).RunAsync(TestContext.Current.CancellationToken);

        Assert.Empty(released.OutputsOf("A", Phase.Input));
        Assert.Empty(released.OutputsOf("A", Phase.Process));
        Assert.Equal(["a", "from-b"], released.OutputsOf("A", Phase.Output).Select(d => d.Source));
        Assert.Equal(["a"], kept.OutputsOf("A", Phase.Input).Select(d => d.Source));
        Assert.Equal(["a", "from-b"], kept.OutputsOf("A", Phase.Process).Select(d => d.Source));
    }

    [Fact]
    public async Task Errors_stop_the_run_after_the_phase_that_reported_them_with_all_of_that_phase_reported()
    {
        var wrote = new List<string>();
        var engine = new PipelineEngine([
            new Pipeline("A", process: [Report("a.md")], output: [Record(wrote, "A")]),
            new Pipeline("B", process: [Report("b.md")], output: [Record(wrote, "B")]),
        ]);

        var result = await engine.RunAsync(TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Equal(Phase.Process, result.StoppedAfter);
        Assert.Equal(["a.md", "b.md"], result.Diagnostics.Select(d => d.File));
        Assert.Empty(wrote);
    }

    [Fact]
    public async Task A_module_that_throws_becomes_an_error_naming_pipeline_module_and_phase()
    {
        var engine = new PipelineEngine([new Pipeline("Broken", process: [Throw("boom")])]);

        var result = await engine.RunAsync(TestContext.Current.CancellationToken);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("Broken", error.File);
        Assert.Contains("boom", error.Message);
        Assert.Contains("Process", error.Message);
    }

    [Fact]
    public async Task Records_a_timing_for_every_pipeline_and_phase()
    {
        var engine = new PipelineEngine([new Pipeline("A", input: [Create("x")]), new Pipeline("B")]);

        var result = await engine.RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(8, result.Timings.Count);
        Assert.Contains(result.Timings, t => t is { Pipeline: "A", Phase: Phase.Input, DocumentCount: 1 });
    }

    private static IModule Report(string file) => new Lambda((inputs, context) =>
    {
        context.Diagnostics.Report(Diagnostic.Error(file, 1, 1, "bad"));
        return inputs;
    });
}
