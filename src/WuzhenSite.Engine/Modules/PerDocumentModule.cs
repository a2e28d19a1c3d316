using System.Collections.Immutable;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;

namespace WuzhenSite.Engine.Modules;

/// <summary>
/// A module that handles each document on its own: the documents are processed in parallel
/// and the outputs keep the input order, so the result is the same whatever the thread timing.
/// Returning no documents drops the input; returning several splits it.
/// </summary>
public abstract class PerDocumentModule : IModule
{
    /// <inheritdoc />
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var results = await context.MapInOrderAsync(inputs, document => ExecuteAsync(document, context)).ConfigureAwait(false);
        var builder = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        foreach (var documents in results)
        {
            builder.AddRange(documents);
        }

        return builder.ToImmutable();
    }

    /// <summary>Transforms one document.</summary>
    protected abstract ValueTask<IEnumerable<Document>> ExecuteAsync(Document input, PipelineContext context);
}
