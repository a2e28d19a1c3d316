using System.Collections.Immutable;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;

namespace WuzhenSite.Engine.Tests;

/// <summary>Small modules for engine tests.</summary>
internal static class TestModules
{
    public static IModule Create(params string[] names) =>
        new Lambda((inputs, _) => inputs.AddRange(names.Select(n => Document.Create(n))));

    public static IModule Append(string suffix) =>
        new Lambda((inputs, _) => [.. inputs.Select(d => d.WithText(d.Content.ReadText() + suffix))]);

    public static IModule Record(List<string> log, string entry) =>
        new Lambda((inputs, _) =>
        {
            lock (log)
            {
                log.Add(entry);
            }

            return inputs;
        });

    public static IModule ReadFrom(string pipeline) =>
        new Lambda((inputs, context) => inputs.AddRange(context.OutputsOf(pipeline).Select(d => Document.Create("from-" + d.Source))));

    public static IModule Throw(string message) =>
        new Lambda((_, _) => throw new InvalidOperationException(message));

    public static IModule Delay(int milliseconds) => new DelayModule(milliseconds);

    /// <summary>Waits inside the phase until every party of <paramref name="rendezvous"/> is there too.</summary>
    public static IModule Meet(Rendezvous rendezvous) => new MeetModule(rendezvous);

    private sealed class MeetModule(Rendezvous rendezvous) : IModule
    {
        public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
        {
            await rendezvous.ArriveAsync(context.CancellationToken);
            return inputs;
        }
    }

    private sealed class DelayModule(int milliseconds) : IModule
    {
        public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
        {
            await Task.Delay(milliseconds, context.CancellationToken);
            return inputs;
        }
    }
}

/// <summary>
/// A meeting of modules running at the same time: each arrival waits for all the others. Modules run
/// one after another never meet: the first gives up (after a deadlock guard, not a speed limit) and
/// is not counted, so <see cref="Met"/> says how many were really inside together.
/// </summary>
internal sealed class Rendezvous(int parties)
{
    private readonly TaskCompletionSource _everyone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;
    private int _met;

    /// <summary>How many arrivals met every other party.</summary>
    public int Met => Volatile.Read(ref _met);

    public async Task ArriveAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _arrived) == parties)
        {
            _everyone.TrySetResult();
        }

        var guard = Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
        if (await Task.WhenAny(_everyone.Task, guard) == _everyone.Task)
        {
            Interlocked.Increment(ref _met);
        }
    }
}
