using System.Globalization;

namespace WuzhenSite.Images.Encoding;

/// <summary>The libvips library as the build uses it: configured once per process, and its version for the encoder key.</summary>
public static class LibVips
{
    /// <summary>
    /// Turns off libvips' operation cache (it would keep decoded photos in memory between
    /// operations, and the build never repeats one) and makes each operation single-threaded: the
    /// build runs one operation per core instead, which keeps every core busy through the encoders'
    /// single-threaded stretches. Returns the library's version, e.g. <c>8.18.7</c>.
    /// </summary>
    public static string Configure()
    {
        NetVips.Cache.Max = 0;
        NetVips.Cache.MaxMem = 0;
        NetVips.Cache.MaxFiles = 0;
        NetVips.NetVips.Concurrency = 1;
        return string.Create(CultureInfo.InvariantCulture, $"{NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}.{NetVips.NetVips.Version(2)}");
    }
}
