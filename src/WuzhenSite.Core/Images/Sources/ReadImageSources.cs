using System.Collections.Immutable;
using System.Globalization;
using WuzhenSite.Content;
using WuzhenSite.Content.Figures;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Files;

namespace WuzhenSite.Images.Sources;

/// <summary>
/// Lists every raster photo in the input folder (<c>assets/</c> and page bundles alike), judged
/// by the same symbolic-link rules as every other source. A photo over <c>MaxImageSizeMB</c> is
/// never read: it is refused (<see cref="ImageFacts.Refused"/>), an error where a page shows it.
/// Photos stay on disk: a document carries the path only.
/// </summary>
public sealed class ReadImageSources(string inputRoot, long maxImageBytes, bool followSymlinks) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        if (!Directory.Exists(inputRoot))
        {
            return Task.FromResult(inputs);
        }

        // The walk's own problems (a refused link) are reported by the readers of content and assets.
        var tree = new SourceWalker(new LinkPolicy(followSymlinks)).Walk(inputRoot, "", "input");
        var photos = SourceTree.PublishOnce(tree.Files.Where(file => RasterImages.IsRaster(file.Relative)))
            .OrderBy(file => file.Relative, StringComparer.Ordinal);
        var documents = ImmutableArray.CreateBuilder<Document>();
        foreach (var photo in photos)
        {
            var document = Document.Create(photo.Relative, content: DocumentContent.FromFile(photo.Real)).With(Keys.RealPath, photo.Real);
            var size = new FileInfo(photo.Real).Length;
            if (size > maxImageBytes)
            {
                document = document.With(ImageKeys.Facts, ImageFacts.Refused(photo.Relative, photo.Real,
                    string.Create(CultureInfo.InvariantCulture, $"it is {size / 1048576.0:0.0} MB, and photos may be at most {maxImageBytes / 1048576} MB."),
                    "Export it smaller (a 4000-pixel JPEG at quality 85 is a few MB), or raise MaxImageSizeMB in statiq.json."));
            }

            documents.Add(document);
        }

        return Task.FromResult(inputs.AddRange(documents));
    }
}
