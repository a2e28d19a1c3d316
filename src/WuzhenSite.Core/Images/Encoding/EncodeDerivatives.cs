using System.Collections.Immutable;
using NetVips;
using WuzhenSite.Build;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Images.Planning;
using WuzhenSite.Images.Sources;

namespace WuzhenSite.Images.Encoding;

/// <summary>
/// Makes the photo files <see cref="PlanPhotoFiles"/> listed that the image cache lacks, one photo
/// width per core at a time, then prunes the cache of what this build did not use. It runs as the
/// site is written (the Output phase), after the build's largest working data (the search indexes)
/// is gone, so libvips' buffers do not add to the build's peak memory.
/// </summary>
public sealed class EncodeDerivatives(ImageCache cache, BuildStatistics? statistics = null) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var wanted = inputs.Select(d => d.Get<Derivative>(ImageKeys.Derivative)).OfType<Derivative>().ToList();

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
            finally
            {
                LibVips.ReturnFreedMemory();
            }
        });

        if (context.Diagnostics.HasErrors)
        {
            return Task.FromResult(ImmutableArray<Document>.Empty); // nothing half made is written; the build fails
        }

        cache.Prune(wanted.Select(d => d.FileName).ToHashSet(StringComparer.Ordinal));
        return Task.FromResult(inputs);
    }
}
