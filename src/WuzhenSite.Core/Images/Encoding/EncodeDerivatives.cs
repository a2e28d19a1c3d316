using System.Collections.Immutable;
using NetVips;
using WuzhenSite.Build;
using WuzhenSite.Content;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Images.Planning;
using WuzhenSite.Images.Sources;

namespace WuzhenSite.Images.Encoding;

/// <summary>
/// Makes every file the pages' figures name (<see cref="ImageKeys.Derivatives"/>): taken from the
/// cache when there, else encoded into it, one photo width per core at a time. Each becomes a
/// document whose content is the cache file, copied when written. Then the cache is pruned of what
/// this build did not use. A build that writes nothing (<c>wuzhen check</c>, <paramref name="encode"/>
/// false) makes no file and leaves the cache alone: the documents still claim their paths, so the
/// destination and link checks see every photo file the pages name.
/// </summary>
public sealed class EncodeDerivatives(ImageCache cache, bool encode, BuildStatistics? statistics = null) : IModule
{
    /// <summary>The pipelines whose pages show photos.</summary>
    private static readonly string[] Showing = [PipelineNames.Content, PipelineNames.Profiles];

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var wanted = Showing.SelectMany(name => context.OutputsOf(name))
            .SelectMany(d => d.Get<ImmutableArray<Derivative>>(ImageKeys.Derivatives) is { IsDefault: false } list ? list : [])
            .DistinctBy(d => d.Destination, StringComparer.Ordinal)
            .OrderBy(d => d.Destination, StringComparer.Ordinal)
            .ToList();

        if (!encode)
        {
            return Task.FromResult(inputs.AddRange(wanted.Select(FileOf)));
        }

        // One decode per photo, width and crop; the groups run in parallel, each single-threaded in libvips.
        var missing = wanted.Where(d => !cache.Has(d))
            .GroupBy(d => (d.Photo.Real, d.Width, d.CropAround))
            .Select(group => group.ToList())
            .ToList();
        Parallel.ForEach(missing, new ParallelOptions { CancellationToken = context.CancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, group =>
        {
            try
            {
                cache.Fill(group, PhotoEncoder.Encode);
                statistics?.AddImagesEncoded(group.Count);
            }
            catch (VipsException e)
            {
                context.Diagnostics.Report(ReadImageFacts.Unreadable(group[0].Photo.Relative, e.Message));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Diagnostics.Report(Diagnostic.Error(cache.Root, 0, 0, $"A processed photo could not be written to the image cache: {e.Message}",
                    "Make sure the folder ImageCachePath names can be written, and that the disk has room.", "image-cache"));
            }
        });

        if (context.Diagnostics.HasErrors)
        {
            return Task.FromResult(inputs);
        }

        cache.Prune(wanted.Select(d => d.FileName).ToHashSet(StringComparer.Ordinal));
        return Task.FromResult(inputs.AddRange(wanted.Select(FileOf)));
    }

    private Document FileOf(Derivative derivative) =>
        Document.Create("image:" + derivative.Destination, derivative.Destination, DocumentContent.FromFile(cache.PathOf(derivative))).With(Keys.Kind, ContentKind.Asset);
}
