using System.Runtime.InteropServices;

namespace WuzhenSite.Engine.Documents;

/// <summary>Hard links through the C library's <c>link</c>, where there is one (Linux with glibc); elsewhere the caller copies.</summary>
internal static class HardLinks
{
    /// <summary>
    /// Makes <paramref name="destination"/> a second name of <paramref name="source"/>, replacing a
    /// file there. False when the system cannot (another file system, another C library, Windows):
    /// nothing is left at <paramref name="destination"/> then but what was there.
    /// </summary>
    public static bool TryCreate(string source, string destination)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            if (Link(source, destination) == 0)
            {
                return true;
            }

            if (Marshal.GetLastPInvokeError() != AlreadyExists)
            {
                return false;
            }

            // The preview writes in place: the old name goes, then the link takes its place.
            File.Delete(destination);
            return Link(source, destination) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>EEXIST.</summary>
    private const int AlreadyExists = 17;

    [DllImport("libc.so.6", EntryPoint = "link", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int Link(string source, string destination);
}
