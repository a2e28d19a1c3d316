using System.Collections.Immutable;
using WuzhenSite.Build;
using WuzhenSite.Content;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Images.Planning;

namespace WuzhenSite.Images.Resolving;

/// <summary>
/// Keeps the originals of the photos pages show off the site: their resized copies carry no
/// camera metadata, the originals may carry GPS positions and serial numbers. Compared by real
/// path, so a photo reached through a link is left out too. Other files of <c>assets/</c> (photos
/// no page shows among them) are copied as they are. <c>PublishOriginalImages</c> skips this step.
/// </summary>
public sealed class LeaveOutShownPhotos : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var shown = context.OutputsOf(PipelineNames.Content)
            .SelectMany(d => ImageKeys.DerivativesOf(d))
            .Select(d => d.Photo.Real)
            .ToHashSet(StringComparer.Ordinal);
        return Task.FromResult(shown.Count == 0 ? inputs : inputs.RemoveAll(d => d.Get<string>(Keys.RealPath) is { } real && shown.Contains(real)));
    }
}
