namespace WuzhenSite.Cli.Tests.Support;

/// <summary>A folder under the temp path that is deleted when the test ends.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "wuzhen-tests", Guid.NewGuid().ToString("N"));

    public TemporaryFolder() => Directory.CreateDirectory(Path);

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Copies a folder tree into this folder.</summary>
    public string CopyFrom(string source, string name)
    {
        var target = Combine(name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    /// <summary>Every file below a folder with its bytes, for byte-identical comparisons.</summary>
    public static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => System.IO.Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes)
            : [];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a test's server; the temp folder is cleaned by the OS.
        }
    }
}
