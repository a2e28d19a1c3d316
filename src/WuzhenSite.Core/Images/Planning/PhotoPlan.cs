using System.Collections.Immutable;
using System.Globalization;
using System.IO.Hashing;
using WuzhenSite.Images.Sources;
using WuzhenSite.Text;

namespace WuzhenSite.Images.Planning;

/// <summary>
/// The files one photo is shown from: the fallback format at every width, each modern format at
/// the same widths, and the social crop. Worked out from the photo's facts and the options alone,
/// before anything is encoded, so pages can name the files while they are made.
/// </summary>
public sealed record PhotoPlan(ImageFacts Photo, ImmutableArray<Derivative> Fallback, ImmutableArray<ImmutableArray<Derivative>> Modern, Derivative Social)
{
    /// <summary>Every file of the plan.</summary>
    public IEnumerable<Derivative> All => Fallback.Concat(Modern.SelectMany(format => format)).Append(Social);

    /// <summary>Plans the files of <paramref name="photo"/>, cropping the social image around <paramref name="focus"/>.</summary>
    public static PhotoPlan For(ImageFacts photo, ImageOptions options, FocalPoint focus)
    {
        var widths = WidthsFor(photo.Width, options.Widths);
        var stem = Stem(photo.Relative);
        var key = Key(photo.Hash, options.EncoderKey);
        ImmutableArray<Derivative> InFormat(PhotoFormat format) =>
            [.. widths.Select(width => new Derivative(photo, $"assets/img/{stem}-{key}-{width}.{PhotoFormats.Extension(format)}", width, HeightAt(photo, width), format, null))];

        var socialKey = Key(photo.Hash, options.EncoderKey + "; social " + focus.Css);
        var social = new Derivative(photo, $"assets/img/{stem}-{socialKey}-social.jpg", ImageOptions.SocialWidth, ImageOptions.SocialHeight, PhotoFormat.Jpeg, focus);
        return new PhotoPlan(photo, InFormat(PhotoFormats.Fallback(photo.Format)), [.. options.Modern.Select(InFormat)], social);
    }

    /// <summary>The widths made: the configured ones the photo reaches (never enlarged), or its own width when it reaches none.</summary>
    public static ImmutableArray<int> WidthsFor(int photoWidth, ImmutableArray<int> configured)
    {
        var reached = configured.Where(width => width <= photoWidth).ToImmutableArray();
        return reached.IsEmpty ? [photoWidth] : reached;
    }

    /// <summary>The height at <paramref name="width"/>, keeping the photo's proportions as libvips rounds them.</summary>
    public static int HeightAt(ImageFacts photo, int width) =>
        Math.Max(1, (int)Math.Round(photo.Height * (double)width / photo.Width, MidpointRounding.AwayFromZero));

    /// <summary>A readable, URL-safe start of the file names: the photo's own name as a slug.</summary>
    private static string Stem(string relative)
    {
        var slug = Slug.From(Path.GetFileNameWithoutExtension(relative));
        return slug.Length == 0 ? "photo" : slug;
    }

    /// <summary>Ten hex digits of the photo's hash and the encoder key: a new photo or encoder means a new name.</summary>
    private static string Key(string photoHash, string encoderKey)
    {
        var hash = XxHash64.HashToUInt64(System.Text.Encoding.UTF8.GetBytes(photoHash + "\n" + encoderKey));
        return hash.ToString("x16", CultureInfo.InvariantCulture)[..10];
    }
}
