using System.Collections.Immutable;
using WuzhenSite.Configuration;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;

namespace WuzhenSite.Publishing.Collisions;

/// <summary>
/// Sees every file the build will write before any is written, and fails the build on a path two
/// claimants want (see <see cref="DestinationCollisions"/>). It runs in the PostProcess phase of a
/// pipeline that depends on every pipeline that writes: that is the last point where all their
/// documents are known and none is written yet, since Output phases run in parallel and start
/// writing at once. An error here stops the engine before Output, so nothing is staged, the link
/// check does not run (no false broken links), and the previous site stays as it was.
/// </summary>
public sealed class CheckDestinations(IReadOnlyList<string> pipelines, SiteSettings settings, string inputFolderName) : IModule
{
    /// <summary>The name of the pipeline this module runs in.</summary>
    public const string PipelineName = "Destinations";

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var claims = new OutputClaims(settings, inputFolderName);
        var all = pipelines.SelectMany(pipeline => context.OutputsOf(pipeline).SelectMany(document => claims.Of(pipeline, document)));
        context.Diagnostics.ReportAll(DestinationCollisions.Find(all));
        return Task.FromResult(inputs);
    }
}
