using System.Collections.Concurrent;
using System.Collections.Immutable;
using WuzhenSite.Build;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;

namespace WuzhenSite.Output;

/// <summary>
/// Writes every document with a destination under the given folder, in parallel: the staging
/// folder of a full build, or (with a manifest, in preview) the output folder itself, where only
/// files whose content changed are rewritten. A destination that would leave the folder is refused
/// with an error, never written.
/// </summary>
public sealed class WriteFiles(string stagingRoot, BuildStatistics statistics, OutputManifest? manifest = null) : IModule
{
    // Folders this build has created, shared by every call: pages arrive one at a time (ForEachDocument).
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        // Synchronous writes in parallel: on Linux "async" file I/O is thread-pool work anyway, and
        // one preallocated write per file is the fewest system calls (writing is most of a build).
        var folders = _folders;
        context.MapInOrder(inputs, document =>
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

            // GetOrAdd stores the key only after the factory returns, so no thread writes into a folder
            // another thread is still creating.
            folders.GetOrAdd(Path.GetDirectoryName(path)!, CreateFolder);

            document.Content.WriteToFile(path);

            statistics.AddFileWritten();
            if (fingerprint is not null)
            {
                manifest!.Record(destination, fingerprint);
            }

            return 1;
        });
        return Task.FromResult(inputs);
    }

    /// <summary>Creates a folder; writing in place (preview), notes the folders that did not exist, which are then ours to remove.</summary>
    private bool CreateFolder(string folder)
    {
        if (manifest is not null)
        {
            for (var missing = folder; missing.Length > stagingRoot.Length && !Directory.Exists(missing); missing = Path.GetDirectoryName(missing)!)
            {
                manifest.RecordCreatedFolder(Path.GetRelativePath(stagingRoot, missing).Replace('\\', '/'));
            }
        }

        return Directory.CreateDirectory(folder).Exists;
    }
}
