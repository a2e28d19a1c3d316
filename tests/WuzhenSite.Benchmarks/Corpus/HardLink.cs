using System.Runtime.InteropServices;

namespace WuzhenSite.Benchmarks.Corpus;

/// <summary>
/// Puts a second name on a file instead of copying it: the Hugo copy of a photos corpus holds
/// hundreds of megabytes of the same photos, and rewriting that copy then neither copies them nor
/// frees their inodes (which slows the next build on this disk; see <c>RetiredOutputs</c>).
/// </summary>
internal static class HardLink
{
    /// <summary>Links <paramref name="target"/> to <paramref name="source"/>, or copies it where links cannot be made (another filesystem).</summary>
    public static void CreateOrCopy(string source, string target)
    {
        if (OperatingSystem.IsWindows() || NativeMethods.Link(source, target) != 0)
        {
            File.Copy(source, target, overwrite: true);
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "link", SetLastError = true)]
        public static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string created);
    }
}
