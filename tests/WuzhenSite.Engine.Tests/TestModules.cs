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

    private sealed class DelayModule(int milliseconds) : IModule
    {
        public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
        {
            await Task.Delay(milliseconds, context.CancellationToken);
            return inputs;
        }
    }
}
