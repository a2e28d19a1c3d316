namespace WuzhenSite.Files;

/// <summary>What resolving a path found: its real path, and whether anything is there.</summary>
public enum Resolution
{
    /// <summary>A file or folder is at the real path.</summary>
    Exists,

    /// <summary>Nothing is at the real path: a link points at something that does not exist.</summary>
    Missing,

    /// <summary>Links point at each other (or nest) more deeply than the operating system follows.</summary>
    Loop,
}

/// <summary>
/// The real path of a path: every symbolic link in it resolved, component by component, as
/// <c>realpath(3)</c> does. <see cref="Path.GetFullPath(string)"/> and
/// <see cref="File.ResolveLinkTarget(string, bool)"/> are not enough: the first goes by spelling
/// (<c>link/..</c> is not the link's folder), the second resolves only the last component.
/// </summary>
public static class RealPath
{
    /// <summary>As Linux: a path that needs more links than this is a loop (ELOOP).</summary>
    private const int MaxLinks = 40;

    /// <summary>Resolves <paramref name="path"/> (made absolute first).</summary>
    public static (string Path, Resolution Resolution) Resolve(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var root = System.IO.Path.GetPathRoot(full)!;
        return Resolve(root, full[root.Length..]);
    }

    /// <summary>
    /// Resolves <paramref name="relative"/> under <paramref name="realBase"/>, a folder whose path is
    /// already real (so the walker pays only for the links it meets).
    /// </summary>
    public static (string Path, Resolution Resolution) Resolve(string realBase, string relative)
    {
        var current = realBase;
        var pending = new Stack<string>(Components(relative).Reverse());
        var links = 0;
        while (pending.TryPop(out var component))
        {
            if (component is "" or ".")
            {
                continue;
            }

            if (component == "..")
            {
                current = System.IO.Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = System.IO.Path.Join(current, component);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return (next, Resolution.Loop);
            }

            // The link's text replaces it; a relative target starts from the link's (real) folder.
            var targetRoot = System.IO.Path.GetPathRoot(target);
            if (!string.IsNullOrEmpty(targetRoot))
            {
                current = targetRoot;
                target = target[targetRoot.Length..];
            }

            foreach (var part in Components(target).Reverse())
            {
                pending.Push(part);
            }
        }

        return (current, File.Exists(current) || Directory.Exists(current) ? Resolution.Exists : Resolution.Missing);
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies under it; both real, compared exactly.</summary>
    public static bool IsInside(string path, string folder)
    {
        var prefix = folder.EndsWith(System.IO.Path.DirectorySeparatorChar) ? folder : folder + System.IO.Path.DirectorySeparatorChar;
        return string.Equals(path, folder.TrimEnd(System.IO.Path.DirectorySeparatorChar), StringComparison.Ordinal)
            || path.StartsWith(prefix, StringComparison.Ordinal);
    }

    private static string[] Components(string path) =>
        path.Split([System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar]);
}
