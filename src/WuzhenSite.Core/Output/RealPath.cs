namespace WuzhenSite.Output;

/// <summary>
/// Where a path really leads: every symbolic link followed (at any component), <c>..</c> taken
/// after the link it follows, and names spelled as the file system stores them (so a
/// case-insensitive disk gives one spelling). A tail that does not exist yet is kept as written
/// below its nearest existing ancestor. Folders are compared by these paths, never by spelling.
/// </summary>
public static class RealPath
{
    private const int MaxLinks = 40;

    /// <summary>The real absolute path of <paramref name="path"/> (relative paths are taken from the current folder).</summary>
    /// <exception cref="IOException">The links loop.</exception>
    public static string Of(string path) =>
        Resolve(Path.IsPathRooted(path) ? path : Path.Combine(Directory.GetCurrentDirectory(), path), 0);

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both real paths).</summary>
    public static bool IsSameOrInside(string path, string folder)
    {
        if (string.Equals(path, folder, StringComparison.Ordinal))
        {
            return true;
        }

        var prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal);
    }

    private static string Resolve(string absolute, int links)
    {
        var current = Path.GetPathRoot(absolute)!;
        var exists = true;
        foreach (var part in absolute[current.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            if (!exists)
            {
                current = next;
                continue;
            }

            if (new FileInfo(next).LinkTarget is { } target)
            {
                if (links >= MaxLinks)
                {
                    throw new IOException($"Too many levels of symbolic links at '{next}'.");
                }

                current = Resolve(Path.IsPathRooted(target) ? target : Path.Combine(current, target), links + 1);
                continue;
            }

            exists = Path.Exists(next);
            current = exists ? Path.Combine(current, StoredName(current, part)) : next;
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

        string? stored = null;
        IEnumerable<string> entries;
        try
        {
            entries = Directory.EnumerateFileSystemEntries(folder, name, new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive, AttributesToSkip = 0 }).ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return name; // A folder we may not list: the name as given is the best we know.
        }

        foreach (var entry in entries)
        {
            var found = Path.GetFileName(entry);
            if (string.Equals(found, name, StringComparison.Ordinal))
            {
                return name;
            }

            stored ??= found;
        }

        return stored ?? name;
    }
}
