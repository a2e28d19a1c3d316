namespace WuzhenSite.Benchmarks.Measurements;

/// <summary>
/// Which filesystem a folder is on, from the mount table: the mount whose point is the longest
/// prefix of the folder's path. Output on tmpfs hides the cost of creating files, a large part of
/// a build's time, so the harness says where the output went.
/// </summary>
internal static class FileSystemOf
{
    /// <returns>The filesystem type and mount point, e.g. ("ext4", "/").</returns>
    public static (string Type, string MountPoint) Find(string folder) =>
        Find(Path.GetFullPath(folder), File.ReadAllLines("/proc/mounts"));

    /// <param name="mounts">Lines of <c>/proc/mounts</c>: device, mount point (spaces as <c>\040</c>), type, …</param>
    public static (string Type, string MountPoint) Find(string path, IEnumerable<string> mounts)
    {
        var best = ("unknown", "");
        foreach (var line in mounts)
        {
            var fields = line.Split(' ');
            if (fields.Length < 3)
            {
                continue;
            }

            var point = fields[1].Replace("\\040", " ", StringComparison.Ordinal);
            var inside = point == "/" || path == point || path.StartsWith(point + "/", StringComparison.Ordinal);
            if (inside && point.Length >= best.Item2.Length)
            {
                best = (fields[2], point);
            }
        }

        return best;
    }
}
