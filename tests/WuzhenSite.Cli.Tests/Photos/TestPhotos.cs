using System.Globalization;
using NetVips;

namespace WuzhenSite.Cli.Tests.Photos;

/// <summary>
/// Writes test photos into a folder: pictures drawn by libvips from arithmetic alone (the same bytes
/// on every run and machine), then given metadata by exiftool exactly as a camera and a press
/// office leave it. Each <c>With…</c> method adds one kind of metadata and returns the path, so a
/// test builds the photo it needs: only XMP, IPTC without GPS, everything at once.
/// </summary>
public static class TestPhotos
{
    /// <summary>The colour of the block in the top-left corner of an upright <see cref="SidewaysJpeg"/>.</summary>
    public static IReadOnlyList<double> MarkerColour { get; } = [255, 0, 0];

    /// <summary>A JPEG of the given size, with no metadata at all.</summary>
    public static string Jpeg(string folder, string name = "photo.jpg", int width = 1600, int height = 1200)
    {
        using var scene = Scene(width, height);
        return Save(folder, name, path => scene.Jpegsave(path, q: 85, keep: Enums.ForeignKeep.None));
    }

    /// <summary>A PNG of the given size, with no metadata at all.</summary>
    public static string Png(string folder, string name = "photo.png", int width = 1600, int height = 1200)
    {
        using var scene = Scene(width, height);
        return Save(folder, name, path => scene.Pngsave(path, keep: Enums.ForeignKeep.None));
    }

    /// <summary>A WebP of the given size, with no metadata at all.</summary>
    public static string Webp(string folder, string name = "photo.webp", int width = 1600, int height = 1200)
    {
        using var scene = Scene(width, height);
        return Save(folder, name, path => scene.Webpsave(path, q: 80, keep: Enums.ForeignKeep.None));
    }

    /// <summary>
    /// A JPEG that shows <paramref name="width"/> × <paramref name="height"/> upright, with a
    /// <see cref="MarkerColour"/> block in its top-left quarter, but whose pixels are stored turned a
    /// quarter anticlockwise (height × width, the block bottom left) with EXIF Orientation 6, as a
    /// camera held on its side writes it: only a reader that applies the orientation sees it upright.
    /// </summary>
    public static string SidewaysJpeg(string folder, string name = "sideways.jpg", int width = 1200, int height = 1600)
    {
        using var upright = Scene(width, height).Mutate(image =>
            image.DrawRect([.. MarkerColour], 0, 0, width / 4, height / 4, fill: true));
        using var stored = upright.Rot(Enums.Angle.D270);
        var path = Save(folder, name, p => stored.Jpegsave(p, q: 90, keep: Enums.ForeignKeep.None));
        return WithOrientation(path, 6);
    }

    /// <summary>A JPEG with everything a press photo carries: camera details, IPTC and XMP credits.</summary>
    public static string PressPhoto(string folder, string name = "press.jpg", int width = 1600, int height = 1200, PhotoCredits? credits = null) =>
        WithXmp(WithIptc(WithCamera(Jpeg(folder, name, width, height)), credits ?? PhotoCredits.PressOffice), credits ?? PhotoCredits.PressOffice);

    /// <summary>Adds EXIF GPS position, camera make and model, and body and lens serial numbers.</summary>
    public static string WithCamera(string path, CameraDetails? camera = null)
    {
        var c = camera ?? CameraDetails.InWuzhen;
        ExifTool.Write(path,
        [
            $"-EXIF:GPSLatitude={Number(Math.Abs(c.Latitude))}", $"-EXIF:GPSLatitudeRef={(c.Latitude < 0 ? "S" : "N")}",
            $"-EXIF:GPSLongitude={Number(Math.Abs(c.Longitude))}", $"-EXIF:GPSLongitudeRef={(c.Longitude < 0 ? "W" : "E")}",
            "-EXIF:GPSAltitude=8", "-EXIF:GPSAltitudeRef#=0",
            $"-EXIF:Make={c.Make}", $"-EXIF:Model={c.Model}",
            // EXIF 2.3 names tag 0xa431 BodySerialNumber, exiftool SerialNumber; 0xc62f is DNG's CameraSerialNumber.
            // XMP holds them twice more: exifEX (the EXIF 2.3 schema) and aux (Adobe's, which Lightroom writes).
            $"-EXIF:SerialNumber={c.BodySerialNumber}", $"-EXIF:LensSerialNumber={c.LensSerialNumber}",
            $"-EXIF:CameraSerialNumber={c.BodySerialNumber}",
            $"-XMP-exifEX:SerialNumber={c.BodySerialNumber}", $"-XMP-exifEX:LensSerialNumber={c.LensSerialNumber}",
            $"-XMP-aux:SerialNumber={c.BodySerialNumber}", $"-XMP-aux:LensSerialNumber={c.LensSerialNumber}",
        ]);
        return path;
    }

    /// <summary>Sets EXIF Orientation (1 upright … 6 turn a quarter clockwise to view, 8 anticlockwise).</summary>
    public static string WithOrientation(string path, int orientation)
    {
        ExifTool.Write(path, [$"-EXIF:Orientation#={orientation}"]);
        return path;
    }

    /// <summary>
    /// Adds IPTC (IIM) caption, credit, by-line and copyright notice, in UTF-8. IIM limits their
    /// lengths in bytes (credit and by-line 32, copyright 128, caption 2000); a longer value fails.
    /// </summary>
    public static string WithIptc(string path, PhotoCredits credits)
    {
        ExifTool.Write(path,
        [
            $"-IPTC:Caption-Abstract={credits.Caption}", $"-IPTC:Credit={credits.Credit}",
            $"-IPTC:By-line={credits.Byline}", $"-IPTC:CopyrightNotice={credits.Copyright}",
        ]);
        return path;
    }

    /// <summary>Adds XMP dc:description, photoshop:Credit, dc:creator and dc:rights (no IPTC).</summary>
    public static string WithXmp(string path, PhotoCredits credits)
    {
        ExifTool.Write(path,
        [
            $"-XMP-dc:Description={credits.Caption}", $"-XMP-photoshop:Credit={credits.Credit}",
            $"-XMP-dc:Creator={credits.Byline}", $"-XMP-dc:Rights={credits.Copyright}",
        ]);
        return path;
    }

    /// <summary>Every tag exiftool reads in the file (<c>exiftool -j -G</c>), keyed "Group:Tag".</summary>
    public static Dictionary<string, string> ReadTags(string path) => ExifTool.ReadTags(path);

    /// <summary>
    /// The tags that must not reach the public: any GPS tag and any serial number, in any group
    /// (exiftool's Composite GPS tags included, since they exist only when GPS data does).
    /// </summary>
    public static IReadOnlyList<string> PrivateTagNames(string path) =>
        [.. ReadTags(path).Keys.Where(IsPrivate).Order(StringComparer.Ordinal)];

    private static bool IsPrivate(string key)
    {
        var tag = key[(key.IndexOf(':') + 1)..];
        return tag.StartsWith("GPS", StringComparison.OrdinalIgnoreCase) || tag.Contains("Serial", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A stage under lights: a dark blue-to-violet wash, a warm spotlight above the centre and a
    /// diagonal ripple, so encoders have detail to keep and crops have somewhere to look.
    /// </summary>
    internal static Image Scene(int width, int height)
    {
        using var xyz = Image.Xyz(width, height);
        var x = xyz[0] / (double)width;
        var y = xyz[1] / (double)height;
        var (dx, dy) = (x - 0.5, y - 0.35);
        var spotlight = (((dx * dx) + (dy * dy)) * -10).Exp();
        var ripple = (((x * 7) + (y * 5)) * 360).Sin() * 12; // libvips' sin takes degrees
        var red = 30 + (y * 50) + (spotlight * 210) + ripple;
        var green = 20 + (x * 30) + (spotlight * 170);
        var blue = 90 + (y * 60) + (spotlight * 60) - ripple;
        return red.Bandjoin(green, blue).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    }

    private static string Save(string folder, string name, Action<string> save)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        save(path);
        return path;
    }

    private static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
