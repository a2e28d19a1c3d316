namespace WuzhenSite.Files;

/// <summary>
/// Where <c>wuzhen new</c> and <c>wuzhen import</c> may create a content file, decided on real
/// paths: only where nothing is yet (not even a symbolic link, which writing would follow), in a
/// folder whose real path lies inside the real input folder, as the build would read it (anywhere
/// with <c>FollowSymlinks</c>). A folder linked to somewhere else would otherwise receive the file.
/// </summary>
public static class NewContentFile
{
    /// <summary>Whether anything is at <paramref name="path"/>: a file, a folder, or a link (dangling too, which writing would follow).</summary>
    public static bool IsTaken(string path) =>
        File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null;

    /// <summary>Why <paramref name="path"/>'s folder is not the input folder's to write in, or null when it is.</summary>
    /// <param name="inputFolder">The input folder as the settings name it.</param>
    /// <param name="path">The file to create, under <paramref name="inputFolder"/> as spelled.</param>
    /// <param name="followSymlinks">The <c>FollowSymlinks</c> setting.</param>
    public static string? LinkedOutside(string inputFolder, string path, bool followSymlinks)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        try
        {
            var (realInput, realFolder) = (RealPath.Of(inputFolder), RealPath.Of(folder));
            return followSymlinks || RealPath.IsInside(realFolder, realInput)
                ? null
                : $"{folder} leads through a symbolic link to {realFolder}, outside the input folder {realInput}; nothing was written.";
        }
        catch (IOException e)
        {
            return $"{folder} cannot be reached: {e.Message} Nothing was written.";
        }
    }

    /// <summary>Creates the file with <paramref name="text"/>; fails if anything appeared at the path meanwhile (a link too).</summary>
    /// <exception cref="IOException">Something is at the path.</exception>
    public static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using var writer = new StreamWriter(stream);
        writer.Write(text);
    }
}
