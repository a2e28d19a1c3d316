using System.Collections.Immutable;
using WuzhenSite.Configuration;
using WuzhenSite.Images.Sources;

namespace WuzhenSite.Images.Planning;

/// <summary>
/// How photos are made in this build: the widths, the modern formats (best first) and the encoder
/// key (the libvips version and the quality of each format), which is part of every derived
/// file's name, so a new encoder or quality never serves an old file from the cache.
/// </summary>
public sealed record ImageOptions(ImmutableArray<int> Widths, ImmutableArray<PhotoFormat> Modern, string EncoderKey)
{
    /// <summary>JPEG quality of the fallback and the social crop.</summary>
    public const int JpegQuality = 82;

    /// <summary>WebP quality.</summary>
    public const int WebPQuality = 80;

    /// <summary>AVIF quality (AVIF looks as good as JPEG at much lower numbers).</summary>
    public const int AvifQuality = 50;

    /// <summary>AVIF encoder effort, 0–9: 2 is a third of the time of libvips' default 4 for a few percent more bytes.</summary>
    public const int AvifEffort = 2;

    /// <summary>WebP encoder effort, 0–6.</summary>
    public const int WebPEffort = 4;

    /// <summary>The social-media crop's size, as Open Graph and X recommend.</summary>
    public const int SocialWidth = 1200, SocialHeight = 630;

    /// <summary>The options the settings ask for, with the running libvips' version in the encoder key.</summary>
    public static ImageOptions From(SiteSettings settings, string libvipsVersion) => new(
        [.. settings.ImageWidths.Distinct().Order()],
        [.. settings.ImageFormats.Select(PhotoFormats.OfSetting).OfType<PhotoFormat>().Distinct().OrderBy(format => format == PhotoFormat.Avif ? 0 : 1)],
        $"libvips {libvipsVersion}; jpeg q{JpegQuality} progressive; webp q{WebPQuality} e{WebPEffort}; avif q{AvifQuality} e{AvifEffort}; png; keep icc");
}
