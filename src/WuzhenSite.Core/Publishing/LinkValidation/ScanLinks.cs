using System.Collections.Immutable;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;

namespace WuzhenSite.Publishing.LinkValidation;

/// <summary>
/// Reads the links and ids of each HTML page as it is written and keeps them as metadata
/// (<see cref="MetadataKey"/>), so <see cref="ValidateLinks"/> can check every link after the
/// pages themselves have left memory.
/// </summary>
/// <param name="pool">Shares equal link texts across the pages of a build (one pool for all pipelines).</param>
public sealed class ScanLinks(LinkTextPool pool) : IModule
{
    /// <summary>The metadata key of a page's <see cref="PageLinks"/>.</summary>
    public const string MetadataKey = "PageLinks";

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var result = context.MapInOrder(inputs, document => IsPage(document)
            ? document.With(MetadataKey, PageLinks.Scan(document.Content.ReadBytes().Span, pool))
            : document);
        return Task.FromResult(result.ToImmutableArray());
    }

    /// <summary>Whether a document is an HTML page whose links are checked.</summary>
    public static bool IsPage(Document document) => document.Destination?.EndsWith(".html", StringComparison.Ordinal) == true;
}
