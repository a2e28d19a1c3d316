using System.Collections.Frozen;
using System.Collections.Immutable;
using WuzhenSite.Build;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;

namespace WuzhenSite.Images.Sources;

/// <summary>
/// Every photo of the input folder by its path under it, built once per build by the ImageSources
/// pipeline (<see cref="BuildImageCatalog"/>) and read by the steps that show photos.
/// </summary>
public sealed class ImageCatalog(FrozenDictionary<string, ImageFacts> photos)
{
    /// <summary>A catalog without photos.</summary>
    public static ImageCatalog Empty { get; } = new(FrozenDictionary<string, ImageFacts>.Empty);

    /// <summary>The photo at <paramref name="relative"/> (under the input folder), or null.</summary>
    public ImageFacts? Find(string relative) => photos.GetValueOrDefault(relative);

    /// <summary>How many photos the input holds.</summary>
    public int Count => photos.Count;

    /// <summary>The catalog the ImageSources pipeline built in this build (empty when it has none).</summary>
    public static ImageCatalog From(PipelineContext context) =>
        context.OutputsOf(PipelineNames.ImageSources).Select(d => d.Get<ImageCatalog>(ImageKeys.Catalog)).OfType<ImageCatalog>().FirstOrDefault() ?? Empty;
}

/// <summary>Gathers the photos' facts into the one <see cref="ImageCatalog"/> of the build.</summary>
public sealed class BuildImageCatalog : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var photos = inputs.Select(d => d.Get<ImageFacts>(ImageKeys.Facts)).OfType<ImageFacts>()
            .ToFrozenDictionary(facts => facts.Relative, StringComparer.Ordinal);
        return Task.FromResult(ImmutableArray.Create(Document.Create().With(ImageKeys.Catalog, new ImageCatalog(photos))));
    }
}
