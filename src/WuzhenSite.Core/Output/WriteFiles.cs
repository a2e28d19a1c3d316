using System.Collections.Immutable;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Site;

namespace WuzhenSite.Output;

/// <summary>
/// Writes every document with a destination under the given folder, in parallel: the staging
/// folder of a full build, or (with a manifest, in preview) the output folder itself, where only
/// files whose content changed are rewritten. A destination that would leave the folder is refused
/// with an error, never written.
/// </summary>
public sealed class WriteFiles(string stagingRoot, BuildStatistics statistics, OutputManifest? manifest = null) : IModule
{
    /// <inheritdoc />
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        await context.MapInOrderAsync(inputs, async document =>
        {
            if (document.Destination is not { } destination)
            {
                return 0;
            }

            var path = SafeDestination.Resolve(stagingRoot, destination);
            if (path is null)
            {
                context.Diagnostics.Report(Diagnostic.Error(document.Source ?? destination, 0, 0,
                    $"The output path '{destination}' would be outside the output folder.",
                    "Check the slug or alias that produced it.", "output"));
                return 0;
            }

            string? fingerprint = null;
            if (manifest is not null)
            {
                fingerprint = document.Content.Fingerprint();
                if (manifest.IsUnchanged(destination, fingerprint) && File.Exists(path))
                {
                    return 0;
                }
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 65536, useAsync: true))
            {
                await document.Content.WriteToAsync(stream, context.CancellationToken).ConfigureAwait(false);
            }

            statistics.AddFileWritten();
            if (fingerprint is not null)
            {
                manifest!.Record(destination, fingerprint);
            }

            return 1;
        }).ConfigureAwait(false);
        return inputs;
    }
}
