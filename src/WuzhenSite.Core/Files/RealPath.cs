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

    /// <summary>
    /// The real path of <paramref name="path"/> with every existing name spelled as the file system
    /// stores it (so a case-insensitive disk gives one spelling): what folders are compared by. A
    /// tail that does not exist yet is kept as written below its nearest existing ancestor.
    /// </summary>
    /// <exception cref="IOException">The links loop.</exception>
    public static string Of(string path)
    {
        var (real, resolution) = Resolve(path);
        if (resolution == Resolution.Loop)
        {
            throw new IOException($"Too many levels of symbolic links at '{real}'.");
        }

        return StoredSpelling(real);
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies under it; both real, compared exactly.</summary>
    public static bool IsInside(string path, string folder)
    {
        var prefix = folder.EndsWith(System.IO.Path.DirectorySeparatorChar) ? folder : folder + System.IO.Path.DirectorySeparatorChar;
        return string.Equals(path, folder.TrimEnd(System.IO.Path.DirectorySeparatorChar), StringComparison.Ordinal)
            || path.StartsWith(prefix, StringComparison.Ordinal);
    }

    private static string StoredSpelling(string real)
    {
        var root = System.IO.Path.GetPathRoot(real)!;
        var current = root;
        var exists = true;
        foreach (var part in real[root.Length..].Split(System.IO.Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = System.IO.Path.Join(current, part);
            exists = exists && System.IO.Path.Exists(next);
            current = exists ? System.IO.Path.Join(current, StoredName(current, part)) : next;
        }

        return current;
    }

    /// <summary>The name as stored: differs from <paramref name="name"/> only on a case-insensitive file system.</summary>
    private static string StoredName(string folder, string name)
    {
        if (name.AsSpan().IndexOfAny('*', '?') >= 0)
        {
            return name;
        }

        List<string> entries;
        try
        {
            entries = [.. Directory.EnumerateFileSystemEntries(folder, name, new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive, AttributesToSkip = 0 })];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return name; // A folder we may not list: the name as given is the best we know.
        }

        var names = entries.Select(System.IO.Path.GetFileName).OfType<string>().ToList();
        return names.Contains(name, StringComparer.Ordinal) ? name : names.FirstOrDefault() ?? name;
    }

    private static string[] Components(string path) =>
        path.Split([System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar]);
}
