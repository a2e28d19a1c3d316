using System.Collections.Immutable;
using WuzhenSite.Build;
using WuzhenSite.Content;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Images.Planning;

namespace WuzhenSite.Images.Encoding;

/// <summary>
/// Gathers every file the pages' figures name (<see cref="ImageKeys.Derivatives"/>), each once, as a
/// document on its path whose content is its image-cache entry. Nothing is encoded here, so the
/// destination and link checks see every photo file before any is made, <c>wuzhen check</c> included;
/// <see cref="EncodeDerivatives"/> makes the missing ones when the site is written.
/// </summary>
public sealed class PlanPhotoFiles(ImageCache cache) : IModule
{
    /// <summary>The pipelines whose pages show photos.</summary>
    private static readonly string[] Showing = [PipelineNames.Content, PipelineNames.Profiles];

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var files = Showing.SelectMany(name => context.OutputsOf(name))
            .SelectMany(d => ImageKeys.DerivativesOf(d))
            .DistinctBy(d => d.Destination, StringComparer.Ordinal)
            .OrderBy(d => d.Destination, StringComparer.Ordinal)
            .Select(d => Document.Create("image:" + d.Destination, d.Destination, DocumentContent.FromBuildFile(cache.PathOf(d)))
                .With(Keys.Kind, ContentKind.Asset)
                .With(ImageKeys.Derivative, d));
        return Task.FromResult(inputs.AddRange(files));
    }
}
