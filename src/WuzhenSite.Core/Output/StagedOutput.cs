using System.Collections.Concurrent;

namespace WuzhenSite.Output;

/// <summary>
/// Builds into a staging folder inside the output folder and swaps it in only when the build
/// succeeded. The swap touches only what the previous build owned (its manifest) and the paths
/// this build writes, and it is all-or-nothing: each rename is journaled before it is made, and any
/// failure undoes the renames made so far, so the previous site is back byte for byte. Deleting the
/// previous site's files comes after the commit point; failing there costs nothing but disk space.
/// Only changed files are staged: <see cref="TryKeep"/> lets a file whose bytes and disk state are
/// what the previous manifest recorded stay in place untouched (its modification time too, so a
/// deploy uploads only what changed), and the swap then moves in only what was staged and retires
/// only what this build no longer writes. The new manifest stamps every file, kept or written.
/// </summary>
public sealed class StagedOutput
{
    private readonly OutputFolder _folder;
    private readonly ConcurrentDictionary<string, FileStamp> _kept = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FileStamp> _written = new(StringComparer.Ordinal);

    private StagedOutput(OutputFolder folder)
    {
        _folder = folder;
        StagingRoot = Path.Combine(folder.Root, OutputNames.Staging);
    }

    /// <summary>Where this build writes.</summary>
    public string StagingRoot { get; }

    /// <summary>Stages into <paramref name="folder"/>, which <see cref="OutputFolder.Open"/> left with an empty staging folder.</summary>
    public static StagedOutput Begin(OutputFolder folder) => new(folder);

    /// <summary>
    /// True when the file this build would write at <paramref name="stagedPath"/> (a path under
    /// <see cref="StagingRoot"/>) with content <paramref name="hash"/> is already in the live site as
    /// the previous build wrote it: same hash, and the live file still has the length and
    /// modification time recorded then (a file edited or touched by hand is written again). Then it
    /// is kept and must not be staged; the new manifest stamps it with <paramref name="origin"/>.
    /// Safe to call from any thread.
    /// </summary>
    public bool TryKeep(string stagedPath, string hash, string? origin = null)
    {
        var relative = Relative(stagedPath);

        // The hash first: a changed file costs no stat of the live one.
        if (!_folder.Previous.Stamps.TryGetValue(relative, out var stamp) || !string.Equals(stamp.Hash, hash, StringComparison.Ordinal)
            || !stamp.StillHolds(hash, FileStamp.Of(Path.Combine(_folder.Root, relative), hash)))
        {
            return false;
        }

        _kept[relative] = stamp with { Origin = origin };
        return true;
    }

    /// <summary>
    /// The bytes of the live file at <paramref name="destination"/> (relative to the output folder)
    /// and their hash as the manifest stamped them, when the previous build made that file from
    /// <paramref name="origin"/> and it is untouched since (same length and modification time): then
    /// the file need not be made again to be known unchanged. False otherwise, or when it cannot be read.
    /// </summary>
    public bool TryReadUnchanged(string destination, string origin, out string hash, out ReadOnlyMemory<byte> bytes)
    {
        hash = "";
        bytes = default;
        if (!_folder.Previous.Stamps.TryGetValue(destination, out var stamp) || !string.Equals(stamp.Origin, origin, StringComparison.Ordinal)
            || SafeDestination.Resolve(_folder.Root, destination) is not { } live
            || !stamp.StillHolds(stamp.Hash, FileStamp.Of(live, stamp.Hash)))
        {
            return false;
        }

        try
        {
            bytes = File.ReadAllBytes(live);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        // Read after the check: bytes of another length were written since, and are not the stamped ones.
        if (bytes.Length != stamp.Length)
        {
            bytes = default;
            return false;
        }

        hash = stamp.Hash;
        return true;
    }

    /// <summary>
    /// Every file the previous build made from <paramref name="origin"/> (its destination relative to
    /// the output folder, the hash the manifest stamped and its live path), when there is at least one
    /// and each is untouched since; null otherwise. A step that makes several files from one set of
    /// inputs (a search index and its shards) then knows them all without making them again.
    /// </summary>
    public IReadOnlyList<(string Destination, string Hash, string LivePath)>? UnchangedFilesOf(string origin)
    {
        var files = new List<(string Destination, string Hash, string LivePath)>();
        foreach (var (destination, stamp) in _folder.Previous.Stamps)
        {
            if (!string.Equals(stamp.Origin, origin, StringComparison.Ordinal))
            {
                continue;
            }

            if (SafeDestination.Resolve(_folder.Root, destination) is not { } live || !stamp.StillHolds(stamp.Hash, FileStamp.Of(live, stamp.Hash)))
            {
                return null;
            }

            files.Add((destination, stamp.Hash, live));
        }

        return files.Count == 0 ? null : [.. files.OrderBy(file => file.Destination, StringComparer.Ordinal)];
    }

    /// <summary>Records that <paramref name="stagedPath"/> was written with content <paramref name="hash"/>, stamping it as it is now (a rename keeps the time) with <paramref name="origin"/>.</summary>
    public void RecordWritten(string stagedPath, string hash, string? origin = null)
    {
        if (FileStamp.Of(stagedPath, hash) is { } stamp)
        {
            _written[Relative(stagedPath)] = stamp with { Origin = origin };
        }
    }

    /// <summary>
    /// Replaces the previous site with the staged one. Returns warnings (leftovers that could not
    /// be deleted); throws <see cref="OutputFolderException"/> when the swap failed and was undone.
    /// </summary>
    public IReadOnlyList<string> Commit()
    {
        var root = _folder.Root;
        var files = _folder.Files;
        var plan = SwapPlan.Create(OutputTree.FromPaths(_written.Keys), OutputTree.Read(root), _folder.Previous, _kept.Keys.ToHashSet(StringComparer.Ordinal));
        if (plan.Conflicts.Count > 0)
        {
            Abandon();
            throw new OutputFolderException(
                $"The site writes the file '{_folder.Show(plan.Conflicts[0])}', but a folder with files this build did not write is there. The previous site is as it was.",
                "Move that folder away, then build again.");
        }

        if (plan.Missing.Count > 0)
        {
            Abandon();
            throw new OutputFolderException(
                $"The file '{_folder.Show(plan.Missing[0])}' was removed while the site was being built. The previous site is as it was.",
                "Build again.");
        }

        var manifest = Stamped(plan.Owned).ToBytes();
        var manifestPath = Path.Combine(root, OwnedOutput.FileName);
        if (plan.Moves.Count == 0 && File.Exists(manifestPath) && File.ReadAllBytes(manifestPath).AsSpan().SequenceEqual(manifest))
        {
            // Nothing changed: no journal, no renames, the site and its manifest stay as they are.
            Abandon();
            return [];
        }

        var moves = plan.Moves.ToList();
        if (File.Exists(Path.Combine(root, OwnedOutput.FileName)))
        {
            moves.Add(new SwapMove(OwnedOutput.FileName, OutputNames.Retired + "/" + OwnedOutput.FileName));
        }

        moves.Add(new SwapMove(OutputNames.Staging + "/" + OwnedOutput.FileName, OwnedOutput.FileName));
        var done = new List<SwapMove>(moves.Count);
        SwapMove current = default;
        try
        {
            files.WriteFile(Path.Combine(StagingRoot, OwnedOutput.FileName), manifest);
            files.CreateFolder(Path.Combine(root, OutputNames.Retired));
            var journal = SwapJournal.Start(root, files);
            foreach (var move in moves)
            {
                current = move;
                journal.Record(move);
                files.Move(Path.Combine(root, move.From), Path.Combine(root, move.To));
                done.Add(move);
            }

            current = default;
            journal.Commit();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw Undo(done, current, exception);
        }

        return CleanUp();
    }

    private OwnedOutput Stamped(OwnedOutput owned)
    {
        var stamps = new Dictionary<string, FileStamp>(_kept, StringComparer.Ordinal);
        foreach (var (path, stamp) in _written)
        {
            stamps[path] = stamp;
        }

        return owned with { Stamps = stamps };
    }

    private string Relative(string stagedPath) => stagedPath[(StagingRoot.Length + 1)..].Replace('\\', '/');

    /// <summary>Throws the staged build away; the output folder is as it was before.</summary>
    public void Abandon()
    {
        try
        {
            _folder.Files.Delete(StagingRoot);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Hidden and ours: the next build removes it.
        }
    }

    private OutputFolderException Undo(List<SwapMove> done, SwapMove failed, Exception cause)
    {
        var what = failed == default
            ? $"Could not replace the site in '{_folder.Show("")}': {OutputFolderException.Reason(cause)}."
            : failed.From.StartsWith(OutputNames.Staging + "/", StringComparison.Ordinal)
                ? $"Could not move the new '{_folder.Show(failed.To)}' into place: {OutputFolderException.Reason(cause)}."
                : $"Could not replace '{_folder.Show(failed.From)}': {OutputFolderException.Reason(cause)}.";
        const string fix = "Make sure you may write every folder inside the output folder and none of them is a mount point or open elsewhere, then build again.";
        try
        {
            SwapJournal.Undo(_folder.Root, done, _folder.Files);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new OutputFolderException(
                $"{what} Putting the previous site back failed too ({OutputFolderException.Reason(exception)}); the next build finishes putting it back from '{_folder.Show(OutputNames.Journal)}'.",
                fix);
        }

        foreach (var name in (string[])[OutputNames.Journal, OutputNames.Retired, OutputNames.Staging])
        {
            TryDelete(name);
        }

        return new OutputFolderException($"{what} The previous site is as it was.", fix);
    }

    /// <summary>After the commit point: delete the previous site's files; a failure only leaves hidden leftovers the next build removes.</summary>
    private List<string> CleanUp()
    {
        var warnings = new List<string>();
        foreach (var name in (string[])[OutputNames.Retired, OutputNames.Staging, OutputNames.Journal])
        {
            if (TryDelete(name) is { } reason)
            {
                warnings.Add($"The new site is in place, but '{_folder.Show(name)}' could not be deleted ({reason}); the next build removes it.");
                break; // The journal stays, so the next build knows the swap was committed.
            }
        }

        return warnings;
    }

    private string? TryDelete(string name)
    {
        try
        {
            _folder.Files.Delete(Path.Combine(_folder.Root, name));
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return OutputFolderException.Reason(exception);
        }
    }
}
