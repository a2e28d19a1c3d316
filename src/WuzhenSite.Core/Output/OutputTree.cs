using System.IO.Enumeration;

namespace WuzhenSite.Output;

/// <summary>
/// A folder as a tree of names: a child is a folder (with its own tree) or a leaf (a file, or a
/// link, which is never followed). Read once, so the swap is planned without touching the disk.
/// </summary>
public sealed class OutputTree
{
    /// <summary>The children: a tree for a folder, null for a leaf.</summary>
    public Dictionary<string, OutputTree?> Entries { get; } = new(StringComparer.Ordinal);

    /// <summary>Reads <paramref name="folder"/> (empty when it does not exist), leaving out the build's own entries at its top.</summary>
    public static OutputTree Read(string folder)
    {
        var tree = new OutputTree();
        if (Directory.Exists(folder))
        {
            Fill(tree, folder, top: true);
        }

        return tree;
    }

    /// <summary>
    /// The tree of files at <paramref name="paths"/> (relative, with '/'): what a build staged, known
    /// from what it wrote, so the staging folder is not walked (a directory read and a stat per folder).
    /// </summary>
    public static OutputTree FromPaths(IEnumerable<string> paths)
    {
        var tree = new OutputTree();
        foreach (var path in paths)
        {
            var folder = tree;
            var start = 0;
            for (var slash = path.IndexOf('/'); slash >= 0; start = slash + 1, slash = path.IndexOf('/', start))
            {
                var name = path[start..slash];
                if (!folder.Entries.TryGetValue(name, out var child) || child is null)
                {
                    child = new OutputTree();
                    folder.Entries[name] = child;
                }

                folder = child;
            }

            folder.Entries[path[start..]] = null;
        }

        return tree;
    }

    /// <summary>Every leaf's path under this tree, with '/'.</summary>
    public IEnumerable<string> Files(string prefix = "")
    {
        foreach (var (name, child) in Entries)
        {
            var path = prefix + name;
            if (child is null)
            {
                yield return path;
                continue;
            }

            foreach (var file in child.Files(path + "/"))
            {
                yield return file;
            }
        }
    }

    /// <summary>Every folder's path under this tree (this one not included), with '/'.</summary>
    public IEnumerable<string> Folders(string prefix = "")
    {
        foreach (var (name, child) in Entries)
        {
            if (child is null)
            {
                continue;
            }

            yield return prefix + name;
            foreach (var folder in child.Folders(prefix + name + "/"))
            {
                yield return folder;
            }
        }
    }

    private static void Fill(OutputTree tree, string folder, bool top)
    {
        // The directory entry's type says file or folder without a stat per file; only a folder is
        // checked (one lstat) for being a link, which is never followed. A site is mostly files.
        var entries = new FileSystemEnumerable<(string Name, bool IsFolder)>(
            folder,
            static (ref FileSystemEntry entry) => (entry.FileName.ToString(), entry.IsDirectory && !entry.Attributes.HasFlag(FileAttributes.ReparsePoint)),
            new EnumerationOptions { AttributesToSkip = 0, RecurseSubdirectories = false });
        foreach (var (name, isFolder) in entries)
        {
            if (top && OutputNames.IsReserved(name))
            {
                continue;
            }

            OutputTree? child = null;
            if (isFolder)
            {
                child = new OutputTree();
                Fill(child, Path.Combine(folder, name), top: false);
            }

            tree.Entries[name] = child;
        }
    }
}
