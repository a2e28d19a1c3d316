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
        var results = await context.MapInOrderAsync(inputs, document => ExecuteSafelyAsync(document, context)).ConfigureAwait(false);
        var builder = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        foreach (var documents in results)
        {
            builder.AddRange(documents);
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// Runs <see cref="ExecuteAsync(Document, PipelineContext)"/>; if it throws, the failure is
    /// reported as an error naming the document's file and the document is dropped, so one
    /// pathological file fails the build clearly instead of taking the module down with it.
    /// </summary>
    private async ValueTask<IEnumerable<Document>> ExecuteSafelyAsync(Document input, PipelineContext context)
    {
        try
        {
            return await ExecuteAsync(input, context).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.Diagnostics.Report(Diagnostics.Diagnostic.Error(input.Source ?? input.Destination ?? GetType().Name, 0, 0,
                $"This file could not be processed ({GetType().Name}): {exception.Message}",
                "Simplify the part of the file the message points at (for example very deep nesting), or split the file.", "processing"));
            return [];
        }
    }

    /// <summary>Transforms one document.</summary>
    protected abstract ValueTask<IEnumerable<Document>> ExecuteAsync(Document input, PipelineContext context);
}
