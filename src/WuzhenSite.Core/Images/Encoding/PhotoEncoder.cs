using NetVips;
using WuzhenSite.Images.Planning;
using WuzhenSite.Images.Sources;

namespace WuzhenSite.Images.Encoding;

/// <summary>
/// Makes the files of one width (or the social crop) of one photo with libvips: the photo is
/// decoded once at that size (JPEG shrinks while it loads), turned upright by its EXIF orientation,
/// and saved in each format with no metadata but the colour profile: no GPS, no camera serial
/// numbers, no EXIF, IPTC or XMP reach the public. A truncated file fails (libvips would otherwise
/// fill the missing part with grey and publish it).
/// </summary>
public static class PhotoEncoder
{
    /// <summary>Writes each of <paramref name="derivatives"/> (all of one photo, one width, one crop) to the path <paramref name="pathFor"/> gives.</summary>
    public static void Encode(IReadOnlyList<Derivative> derivatives, Func<Derivative, string> pathFor)
    {
        var first = derivatives[0];
        using var sized = first.CropAround is { } focus ? Cropped(first, focus) : Resized(first);
        // Held in memory only when several formats read it, so the decode is not repeated per format.
        using var image = derivatives.Count > 1 ? sized.CopyMemory() : sized.Copy();
        foreach (var derivative in derivatives)
        {
            Save(image, derivative.Format, pathFor(derivative));
        }
    }

    /// <summary>The photo at the derivative's width, upright, never enlarged.</summary>
    private static Image Resized(Derivative derivative) =>
        Image.Thumbnail(derivative.Photo.Real, derivative.Width, height: 10_000_000, size: Enums.Size.Down, failOn: Enums.FailOn.Truncated);

    /// <summary>The photo scaled to cover the crop, then cut to it with the focal point as near the middle as the edges allow.</summary>
    private static Image Cropped(Derivative derivative, FocalPoint focus)
    {
        var photo = derivative.Photo;
        var scale = Math.Max(derivative.Width / (double)photo.Width, derivative.Height / (double)photo.Height);
        var width = (int)Math.Ceiling(photo.Width * scale) + 1; // one pixel spare, so rounding never leaves the height short
        using var covering = Image.Thumbnail(photo.Real, width, height: 10_000_000, size: Enums.Size.Both, failOn: Enums.FailOn.Truncated);
        var left = Offset(focus.X, covering.Width, derivative.Width);
        var top = Offset(focus.Y, covering.Height, derivative.Height);
        return covering.ExtractArea(left, top, Math.Min(derivative.Width, covering.Width), Math.Min(derivative.Height, covering.Height));
    }

    private static int Offset(double focus, int whole, int part) =>
        Math.Clamp((int)Math.Round(focus * whole - part / 2.0), 0, Math.Max(0, whole - part));

    private static void Save(Image image, PhotoFormat format, string path)
    {
        switch (format)
        {
            case PhotoFormat.Avif:
                image.Heifsave(path, q: ImageOptions.AvifQuality, compression: Enums.ForeignHeifCompression.Av1, effort: ImageOptions.AvifEffort, keep: Enums.ForeignKeep.Icc);
                break;
            case PhotoFormat.WebP:
                image.Webpsave(path, q: ImageOptions.WebPQuality, effort: ImageOptions.WebPEffort, keep: Enums.ForeignKeep.Icc);
                break;
            case PhotoFormat.Png:
                image.Pngsave(path, keep: Enums.ForeignKeep.Icc);
                break;
            default:
                using (var opaque = image.HasAlpha() ? image.Flatten(background: [255, 255, 255]) : image.Copy())
                {
                    opaque.Jpegsave(path, q: ImageOptions.JpegQuality, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.Icc);
                }

                break;
        }
    }
}
