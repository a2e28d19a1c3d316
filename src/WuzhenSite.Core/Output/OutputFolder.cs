namespace WuzhenSite.Output;

/// <summary>
/// The output folder a writing build (full or preview) may use, checked before anything is
/// written: it is a folder (or can be made one) that we may write, and either it is empty, or it
/// holds this program's manifest, or the user said <c>--clean</c> (adopt it: replace only the files
/// the site writes, delete nothing else). A swap an earlier build left half done is finished first.
/// </summary>
public sealed class OutputFolder
{
    private const int EntriesNamed = 3;
    private readonly string _shown;

    private OutputFolder(string root, string shown, OwnedOutput previous, IFileOperations files, string? recovered)
    {
        Root = root;
        _shown = shown;
        Previous = previous;
        Files = files;
        Recovered = recovered;
    }

    /// <summary>The folder's real path.</summary>
    public string Root { get; }

    /// <summary>What the previous build owned (nothing for a new or adopted folder).</summary>
    public OwnedOutput Previous { get; }

    /// <summary>The file operations that change the folder.</summary>
    public IFileOperations Files { get; }

    /// <summary>What was done to finish an earlier, interrupted swap, if anything.</summary>
    public string? Recovered { get; }

    /// <summary>
    /// Checks and prepares <paramref name="root"/> (a real path; <paramref name="shown"/> is how the
    /// user names it), leaving an empty staging folder in it; throws <see cref="OutputFolderException"/>
    /// with nothing changed when it cannot be used.
    /// </summary>
    public static OutputFolder Open(string root, string shown, bool adopt, IFileOperations files)
    {
        if (File.Exists(root))
        {
            throw new OutputFolderException($"The output path '{shown}' is a file, not a folder.",
                "Move the file away, or choose another output folder with --output or \"OutputPath\" in statiq.json.");
        }

        string? recovered = null;
        OwnedOutput previous;
        if (Directory.Exists(root))
        {
            recovered = Attempt(() => SwapJournal.Recover(root, files), shown, "cannot be repaired");
            previous = Ownership(root, shown, adopt);
            Attempt(() =>
            {
                files.Delete(Path.Combine(root, OutputNames.Retired));
                files.Delete(Path.Combine(root, OutputNames.Staging));
                return 0;
            }, shown, "cannot be written");
        }
        else
        {
            previous = OwnedOutput.None;
            Attempt(() => { files.CreateFolder(root); return 0; }, shown, "cannot be created");
        }

        Attempt(() => { files.CreateFolder(Path.Combine(root, OutputNames.Staging)); return 0; }, shown, "cannot be written");
        return new OutputFolder(root, shown, previous, files, recovered);
    }

    /// <summary>How the user would name <paramref name="relative"/> in this folder.</summary>
    public string Show(string relative) => relative.Length == 0 ? _shown : Path.Combine(_shown, relative).Replace('\\', '/');

    private static OwnedOutput Ownership(string root, string shown, bool adopt)
    {
        OwnedOutput? owned;
        try
        {
            owned = OwnedOutput.Read(root);
        }
        catch (FormatException) when (adopt)
        {
            owned = null;
        }
        catch (FormatException exception)
        {
            throw new OutputFolderException($"The output folder's manifest '{Path.Combine(shown, OwnedOutput.FileName)}' cannot be read: {exception.Message}",
                "Pass --clean to build into the folder anyway (files the site does not write are kept).");
        }

        if (owned is not null)
        {
            return owned;
        }

        var foreign = Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName).OfType<string>()
            .Where(name => !OutputNames.IsReserved(name)).Order(StringComparer.Ordinal).ToList();
        if (foreign.Count > 0 && !adopt)
        {
            var named = string.Join(", ", foreign.Take(EntriesNamed)) + (foreign.Count > EntriesNamed ? $" and {foreign.Count - EntriesNamed} more" : "");
            throw new OutputFolderException(
                $"The output folder '{shown}' is not empty and was not written by wuzhen (it holds {named}); a build would replace what is there.",
                "Choose an empty folder, or pass --clean to build into this one: wuzhen then replaces only the files the site writes and deletes nothing else.");
        }

        return OwnedOutput.None;
    }

    private static T Attempt<T>(Func<T> operation, string shown, string failure)
    {
        try
        {
            return operation();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderException($"The output folder '{shown}' {failure}: {OutputFolderException.Reason(exception)}.",
                "Choose a folder you may write with --output or \"OutputPath\" in statiq.json, or fix its permissions.");
        }
    }
}
