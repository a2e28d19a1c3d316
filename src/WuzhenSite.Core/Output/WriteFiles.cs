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
/// files whose content changed are rewritten. A full build given its <see cref="StagedOutput"/>
/// hashes each file's bytes first and stages only what is new or changed: a file the previous
/// build wrote with the same hash, untouched since, is kept in place (<see cref="StagedOutput.TryKeep"/>).
/// A destination that would leave the folder is refused with an error, never written.
/// </summary>
public sealed class WriteFiles(string stagingRoot, BuildStatistics statistics, OutputManifest? manifest = null, StagedOutput? staged = null) : IModule
{
    // Folders this build has created, shared by every call: pages arrive one at a time (ForEachDocument).
    // Lazy, so each is created once even when threads race for it (no mkdir that fails because it exists).
    private readonly ConcurrentDictionary<string, Lazy<bool>> _folders = new(StringComparer.Ordinal);
    private int _writeFailures;

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        // Synchronous writes in parallel: on Linux "async" file I/O is thread-pool work anyway, and
        // one preallocated write per file is the fewest system calls (writing is most of a build).
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

            string? hash = null;
            if (staged is not null)
            {
                // The same digest the preview compares: SHA-256 of the bytes, or for a copied file its
                // source's identity, so an unchanged image is not read to be compared.
                hash = document.Content.Fingerprint();
                if (staged.TryKeep(path, hash, document.Get<string>(FileOrigin.MetadataKey)))
                {
                    return 0;
                }
            }

            try
            {
                // Every thread waits on the same Lazy, so none writes into a folder another is still creating.
                EnsureFolder(Path.GetDirectoryName(path)!);
                document.Content.WriteToFile(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                ReportWriteFailure(context, document.Source ?? destination, destination, e);
                return 0;
            }

            statistics.AddFileWritten();
            if (hash is not null)
            {
                staged!.RecordWritten(path, hash, document.Get<string>(FileOrigin.MetadataKey));
            }
            if (fingerprint is not null)
            {
                manifest!.Record(destination, fingerprint);
            }

            return 1;
        });
        return Task.FromResult(inputs);
    }

    /// <summary>
    /// A full disk fails every write after the first: the first few are named, then one line says
    /// that more failed, instead of an error for each of thousands of files. The build fails on
    /// them; the previous output stays as it was.
    /// </summary>
    private void ReportWriteFailure(PipelineContext context, string file, string destination, Exception e)
    {
        const int Named = 3;
        var count = Interlocked.Increment(ref _writeFailures);
        if (count <= Named)
        {
            context.Diagnostics.Report(Diagnostic.Error(file, 0, 0, $"'{destination}' could not be written: {e.Message}",
                "Free space on the disk that holds the output folder, or make the folder writable, then build again; the previous output was kept as it was.", "output"));
        }
        else if (count == Named + 1)
        {
            context.Diagnostics.Report(Diagnostic.Error(file, 0, 0, "More files could not be written either (not listed: the first three name the reason).",
                "Free space on the disk that holds the output folder, or make the folder writable, then build again.", "output"));
        }
    }

    /// <summary>Creates <paramref name="folder"/> unless this build already has (the root always exists).</summary>
    private void EnsureFolder(string folder)
    {
        if (folder.Length > stagingRoot.Length)
        {
            _ = _folders.GetOrAdd(folder, static (key, self) => new Lazy<bool>(() => self.CreateFolder(key)), this).Value;
        }
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

            Directory.CreateDirectory(folder);
            return true;
        }

        // A full build writes into an empty staging folder: its parent first (through the same
        // table), so the one mkdir of this folder succeeds instead of failing for a missing parent.
        EnsureFolder(Path.GetDirectoryName(folder)!);
        Directory.CreateDirectory(folder);
        return true;
    }
}
