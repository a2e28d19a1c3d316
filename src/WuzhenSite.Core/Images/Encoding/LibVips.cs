using System.Globalization;

namespace WuzhenSite.Images.Encoding;

/// <summary>The libvips library as the build uses it: configured once per process, and its version for the encoder key.</summary>
public static class LibVips
{
    private static int _quiet;

    /// <summary>Set once <c>malloc_trim</c> is found missing (not glibc), so later calls skip it.</summary>
    private static volatile bool _notGlibc;

    /// <summary>glibc's <c>mallopt</c> option for the most malloc arenas (<c>M_ARENA_MAX</c>).</summary>
    private const int MallocArenaMax = -8;

    /// <summary>
    /// glibc gives each thread that allocates its own malloc arena, up to eight per core, and
    /// libvips' decoders and encoders allocate and free large buffers on whichever thread runs them,
    /// so freed memory scatters over arenas the process never returns: a build that encoded 200
    /// photos held a third more memory than it used. Two arenas, as sharp's documentation advises
    /// for the same reason, keep it to what is in use. Other C libraries (musl) have no such arenas;
    /// there the call is missing or ignored.
    /// </summary>
    /// <remarks>Called first thing in the process: a thread keeps the arena it was given before.</remarks>
    public static void LimitMallocArenas()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = Mallopt(MallocArenaMax, 2);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // not glibc: nothing to limit
        }
    }

    /// <summary>
    /// Hands the memory an encoder freed back to the system. glibc keeps freed blocks in its arenas
    /// for reuse, and one live block above them keeps the rest resident: libaom's AVIF encoder
    /// frees tens of megabytes a photo in pieces, and without this a build held each encode's
    /// leftovers on top of the next (twelve photos at 1600 wide, two at a time: 268 MiB peak,
    /// 173 MiB with a trim after each, no slower). Called after each photo width is written.
    /// </summary>
    public static void ReturnFreedMemory()
    {
        if (!OperatingSystem.IsLinux() || _notGlibc)
        {
            return;
        }

        try
        {
            _ = MallocTrim(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _notGlibc = true; // musl and others return freed memory themselves
        }
    }

    [System.Runtime.InteropServices.DllImport("libc.so.6", EntryPoint = "mallopt")]
    private static extern int Mallopt(int option, int value);

    [System.Runtime.InteropServices.DllImport("libc.so.6", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);

    /// <summary>
    /// Turns off libvips' operation cache (it would keep decoded photos in memory between
    /// operations, and the build never repeats one) and makes each operation single-threaded: the
    /// build runs one operation per core instead, which keeps every core busy through the encoders'
    /// single-threaded stretches. Returns the library's version, e.g. <c>8.18.7</c>.
    /// </summary>
    public static string Configure()
    {
        // libvips prints its warnings (a truncated JPEG, say) straight to stderr; the build reports
        // such a photo itself, as an error naming the file. Once per process: a handler stays set.
        if (Interlocked.Exchange(ref _quiet, 1) == 0)
        {
            NetVips.Log.SetLogHandler("VIPS", NetVips.Enums.LogLevelFlags.Warning, static (_, _, _) => { });
        }

        NetVips.Cache.Max = 0;
        NetVips.Cache.MaxMem = 0;
        NetVips.Cache.MaxFiles = 0;
        NetVips.NetVips.Concurrency = 1;
        return string.Create(CultureInfo.InvariantCulture, $"{NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}.{NetVips.NetVips.Version(2)}");
    }
}
