using System.Collections.Immutable;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;

namespace WuzhenSite.Engine.Modules;

/// <summary>Several modules run one after another as one.</summary>
public sealed class Sequence(params IModule[] modules) : IModule
{
    /// <inheritdoc />
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        foreach (var module in modules)
        {
            inputs = await module.ExecuteAsync(inputs, context).ConfigureAwait(false);
        }

        return inputs;
    }
}
