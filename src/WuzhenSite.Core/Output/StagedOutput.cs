namespace WuzhenSite.Output;

/// <summary>
/// Builds into a staging folder inside the output folder and swaps it in only when the build
/// succeeded; a failed build removes the staging folder and leaves the previous site exactly as it
/// was. Nothing is written outside the output folder.
/// </summary>
public sealed class StagedOutput
{
    private const string StagingName = ".wuzhen-staging";
    private const string RetiredName = ".wuzhen-retired";

    private StagedOutput(string outputRoot)
    {
        OutputRoot = outputRoot;
        StagingRoot = Path.Combine(outputRoot, StagingName);
    }

    /// <summary>The output folder.</summary>
    public string OutputRoot { get; }

    /// <summary>Where this build writes.</summary>
    public string StagingRoot { get; }

    /// <summary>Prepares an empty staging folder (removing one a crashed build left behind).</summary>
    public static StagedOutput Begin(string outputRoot)
    {
        var staged = new StagedOutput(Path.GetFullPath(outputRoot));
        Directory.CreateDirectory(staged.OutputRoot);
        DeleteIfExists(staged.StagingRoot);
        DeleteIfExists(Path.Combine(staged.OutputRoot, RetiredName));
        Directory.CreateDirectory(staged.StagingRoot);
        return staged;
    }

    /// <summary>Replaces the output folder's content with the staged build.</summary>
    public void Commit()
    {
        // Renames are cheap and keep the window where the site is half-old, half-new very short.
        var retired = Path.Combine(OutputRoot, RetiredName);
        Directory.CreateDirectory(retired);
        foreach (var entry in Directory.EnumerateFileSystemEntries(OutputRoot))
        {
            var name = Path.GetFileName(entry);
            if (name is StagingName or RetiredName)
            {
                continue;
            }

            Move(entry, Path.Combine(retired, name));
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(StagingRoot))
        {
            Move(entry, Path.Combine(OutputRoot, Path.GetFileName(entry)));
        }

        Directory.Delete(StagingRoot, recursive: true);
        DeleteInParallel(retired);
    }

    /// <summary>
    /// Deletes a folder tree, its top-level folders in parallel: removing the previous site (thousands
    /// of files) is kernel work that is bound by one core per folder, and a site is mostly one folder
    /// per language.
    /// </summary>
    private static void DeleteInParallel(string folder)
    {
        Parallel.ForEach(Directory.GetDirectories(folder), child => Directory.Delete(child, recursive: true));
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Throws the staged build away; the output folder is as it was before.</summary>
    public void Abandon() => DeleteIfExists(StagingRoot);

    private static void Move(string source, string destination)
    {
        if (Directory.Exists(source))
        {
            Directory.Move(source, destination);
        }
        else
        {
            File.Move(source, destination);
        }
    }

    private static void DeleteIfExists(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
