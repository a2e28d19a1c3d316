using System.Collections.Frozen;

namespace WuzhenSite.Content.Figures;

/// <summary>Which images are photos the build resizes: local files in a raster format libvips reads.</summary>
public static class RasterImages
{
    /// <summary>Extensions of the raster formats processed (SVG and GIF pass through as they are).</summary>
    public static readonly IReadOnlySet<string> Extensions =
        new[] { ".jpg", ".jpeg", ".png", ".webp", ".avif", ".heic", ".heif" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True for a file name or path with a raster extension.</summary>
    public static bool IsRaster(string path) => Extensions.Contains(Path.GetExtension(path));

    /// <summary>True for an address of a local raster file: no scheme, not protocol-relative, a raster extension (query and fragment aside).</summary>
    public static bool IsLocalPhoto(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal) || url.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }

        var end = url.IndexOfAny(['?', '#']);
        return IsRaster(end < 0 ? url : url[..end]);
    }
}
