namespace WuzhenSite.Output;

/// <summary>Checks that a destination stays inside the output folder, whatever a slug or alias said.</summary>
public static class SafeDestination
{
    /// <summary>The absolute file path of <paramref name="destination"/> under <paramref name="root"/>, or null when it would leave it.</summary>
    public static string? Resolve(string root, string destination)
    {
        if (destination.Length == 0 || Path.IsPathRooted(destination) || destination.Contains('\\') || destination.Contains('\0'))
        {
            return null;
        }

        foreach (var segment in destination.Split('/'))
        {
            if (segment is "" or "." or "..")
            {
                return null;
            }
        }

        var fullRoot = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(fullRoot, destination));
        return full.StartsWith(fullRoot, StringComparison.Ordinal) ? full : null;
    }
}
