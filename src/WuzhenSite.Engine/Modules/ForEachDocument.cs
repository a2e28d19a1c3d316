using System.Collections.Immutable;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;

namespace WuzhenSite.Engine.Modules;

/// <summary>
/// Runs its modules on each document on its own, documents in parallel, outputs in input order
/// (Statiq's module of the same name). A chain such as render → check → write → drop content then
/// holds only the documents being worked on, not a whole pipeline's rendered pages at once: what a
/// large site needs to build in bounded memory.
/// </summary>
public sealed class ForEachDocument(params IModule[] modules) : IModule
{
    /// <inheritdoc />
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var results = await context.MapInOrderAsync(inputs, async document =>
        {
            ImmutableArray<Document> documents = [document];
            foreach (var module in modules)
            {
                documents = await module.ExecuteAsync(documents, context).ConfigureAwait(false);
            }

            return documents;
        }).ConfigureAwait(false);

        var builder = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        foreach (var documents in results)
        {
            builder.AddRange(documents);
        }

        return builder.ToImmutable();
    }
}
