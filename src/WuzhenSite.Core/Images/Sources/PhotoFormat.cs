namespace WuzhenSite.Images.Sources;

/// <summary>The raster formats the build reads and writes.</summary>
public enum PhotoFormat
{
    /// <summary>JPEG.</summary>
    Jpeg,

    /// <summary>PNG (kept for graphics with transparency or sharp edges).</summary>
    Png,

    /// <summary>WebP.</summary>
    WebP,

    /// <summary>AVIF (AV1 in HEIF).</summary>
    Avif,

    /// <summary>HEIC (HEVC in HEIF), as phones take them; read only.</summary>
    Heic,
}

/// <summary>Names, extensions and media types of <see cref="PhotoFormat"/>s.</summary>
public static class PhotoFormats
{
    /// <summary>The format of a file, by its extension.</summary>
    public static PhotoFormat OfExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".png" => PhotoFormat.Png,
        ".webp" => PhotoFormat.WebP,
        ".avif" => PhotoFormat.Avif,
        ".heic" or ".heif" => PhotoFormat.Heic,
        _ => PhotoFormat.Jpeg,
    };

    /// <summary>The extension written (<c>jpg</c>).</summary>
    public static string Extension(PhotoFormat format) => format switch
    {
        PhotoFormat.Png => "png",
        PhotoFormat.WebP => "webp",
        PhotoFormat.Avif => "avif",
        PhotoFormat.Heic => "heic",
        _ => "jpg",
    };

    /// <summary>The media type, for <c>&lt;source type&gt;</c>.</summary>
    public static string MediaType(PhotoFormat format) => format switch
    {
        PhotoFormat.Png => "image/png",
        PhotoFormat.WebP => "image/webp",
        PhotoFormat.Avif => "image/avif",
        PhotoFormat.Heic => "image/heic",
        _ => "image/jpeg",
    };

    /// <summary>The format every browser shows, made as the fallback: PNG stays PNG, everything else becomes JPEG.</summary>
    public static PhotoFormat Fallback(PhotoFormat source) => source == PhotoFormat.Png ? PhotoFormat.Png : PhotoFormat.Jpeg;

    /// <summary>The setting's name of a modern format (<c>avif</c>, <c>webp</c>), or null.</summary>
    public static PhotoFormat? OfSetting(string name) => name switch
    {
        "avif" => PhotoFormat.Avif,
        "webp" => PhotoFormat.WebP,
        _ => null,
    };
}
