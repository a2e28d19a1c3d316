using System.Collections.Immutable;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;

namespace WuzhenSite.Output;

/// <summary>
/// Lets go of a document's content once it is written: the document keeps its destination and
/// metadata (what the sitemap and link checks read) but no longer holds its bytes, so a large site
/// never has all its rendered pages in memory at once.
/// </summary>
public sealed class DropContent : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var builder = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        foreach (var document in inputs)
        {
            builder.Add(document.Destination is null ? document : document.WithContent(DocumentContent.Empty));
        }

        return Task.FromResult(builder.MoveToImmutable());
    }
}
