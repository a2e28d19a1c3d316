using System.Globalization;

namespace WuzhenSite.Images.Encoding;

/// <summary>The libvips library as the build uses it: configured once per process, and its version for the encoder key.</summary>
public static class LibVips
{
    private static int _quiet;

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
