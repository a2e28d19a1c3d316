namespace WuzhenSite.Output;

/// <summary>
/// The file operations that change a live output folder (moving entries in and out, the journal,
/// the manifest, deleting what is retired). One seam, so tests can fail any one of them and
/// prove the previous site survives; <see cref="FileOperations.Real"/> is what builds use.
/// </summary>
public interface IFileOperations
{
    /// <summary>Renames a file or folder; <paramref name="to"/> must not exist.</summary>
    void Move(string from, string to);

    /// <summary>Creates a folder (and its missing parents).</summary>
    void CreateFolder(string path);

    /// <summary>Replaces a file's bytes as one step: readers see the old file or the new one, never half.</summary>
    void WriteFile(string path, byte[] bytes);

    /// <summary>Appends text to a file (creating it), written through to the system before returning.</summary>
    void Append(string path, string text);

    /// <summary>Deletes a file, or a folder with everything in it.</summary>
    void Delete(string path);
}

/// <summary>The real file system.</summary>
public sealed class FileOperations : IFileOperations
{
    private FileOperations()
    {
    }

    /// <summary>The one instance.</summary>
    public static IFileOperations Real { get; } = new FileOperations();

    /// <inheritdoc />
    public void Move(string from, string to)
    {
        if (Directory.Exists(from) && new FileInfo(from).LinkTarget is null)
        {
            Directory.Move(from, to);
        }
        else
        {
            File.Move(from, to);
        }
    }

    /// <inheritdoc />
    public void CreateFolder(string path) => Directory.CreateDirectory(path);

    /// <inheritdoc />
    public void WriteFile(string path, byte[] bytes)
    {
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }

    /// <inheritdoc />
    public void Append(string path, string text)
    {
        // Handed to the kernel before the rename it announces, which is what a crashed process
        // needs; no fsync, since the renames themselves are not synced either (an adopted folder
        // can mean a rename per file, and a sync per rename would take minutes).
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        stream.Write(System.Text.Encoding.UTF8.GetBytes(text));
    }

    /// <inheritdoc />
    public void Delete(string path)
    {
        if (Directory.Exists(path) && new FileInfo(path).LinkTarget is null)
        {
            // The top-level folders in parallel: removing a previous site (thousands of files) is
            // kernel work bound to one core per folder, and a site is mostly one folder per language.
            Parallel.ForEach(Directory.GetDirectories(path), child => Directory.Delete(child, recursive: true));
            Directory.Delete(path, recursive: true);
        }
        else if (File.Exists(path) || new FileInfo(path).LinkTarget is not null)
        {
            File.Delete(path);
        }
    }
}

/// <summary>
/// For tests: passes operations through to <paramref name="inner"/>, counting them, and fails the
/// <paramref name="failAt"/>-th one (1-based; 0 never fails). With <paramref name="crash"/> every
/// later operation fails too, as if the process had died there.
/// </summary>
public sealed class FaultyFileOperations(IFileOperations inner, int failAt = 0, bool crash = false) : IFileOperations
{
    private int _count;

    /// <summary>How many operations were asked for (the failed ones included).</summary>
    public int Count => _count;

    /// <inheritdoc />
    public void Move(string from, string to) => Run(() => inner.Move(from, to));

    /// <inheritdoc />
    public void CreateFolder(string path) => Run(() => inner.CreateFolder(path));

    /// <inheritdoc />
    public void WriteFile(string path, byte[] bytes) => Run(() => inner.WriteFile(path, bytes));

    /// <inheritdoc />
    public void Append(string path, string text) => Run(() => inner.Append(path, text));

    /// <inheritdoc />
    public void Delete(string path) => Run(() => inner.Delete(path));

    private void Run(Action operation)
    {
        var number = Interlocked.Increment(ref _count);
        if (number == failAt || (crash && failAt > 0 && number > failAt))
        {
            throw new IOException($"injected fault at operation {number}");
        }

        operation();
    }
}
