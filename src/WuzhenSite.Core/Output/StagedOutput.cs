namespace WuzhenSite.Output;

/// <summary>
/// Builds into a staging folder inside the output folder and swaps it in only when the build
/// succeeded. The swap touches only what the previous build owned (its manifest) and the paths
/// this build writes, and it is all-or-nothing: each rename is journaled before it is made, and any
/// failure undoes the renames made so far, so the previous site is back byte for byte. Deleting the
/// previous site's files comes after the commit point; failing there costs nothing but disk space.
/// </summary>
public sealed class StagedOutput
{
    private readonly OutputFolder _folder;

    private StagedOutput(OutputFolder folder) => _folder = folder;

    /// <summary>Where this build writes.</summary>
    public string StagingRoot => Path.Combine(_folder.Root, OutputNames.Staging);

    /// <summary>Stages into <paramref name="folder"/>, which <see cref="OutputFolder.Open"/> left with an empty staging folder.</summary>
    public static StagedOutput Begin(OutputFolder folder) => new(folder);

    /// <summary>
    /// Replaces the previous site with the staged one. Returns warnings (leftovers that could not
    /// be deleted); throws <see cref="OutputFolderException"/> when the swap failed and was undone.
    /// </summary>
    public IReadOnlyList<string> Commit()
    {
        var root = _folder.Root;
        var files = _folder.Files;
        var plan = SwapPlan.Create(OutputTree.Read(StagingRoot), OutputTree.Read(root), _folder.Previous);
        if (plan.Conflicts.Count > 0)
        {
            Abandon();
            throw new OutputFolderException(
                $"The site writes the file '{_folder.Show(plan.Conflicts[0])}', but a folder with files this build did not write is there. The previous site is as it was.",
                "Move that folder away, then build again.");
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
            files.WriteFile(Path.Combine(StagingRoot, OwnedOutput.FileName), plan.Owned.ToBytes());
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
