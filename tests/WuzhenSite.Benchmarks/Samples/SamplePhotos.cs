using System.Globalization;
using NetVips;

namespace WuzhenSite.Benchmarks.Samples;

/// <summary>
/// Makes the sample site's photos (mode <c>sample-photos &lt;input folder&gt;</c>). The files are
/// committed under <c>input/</c>; run this only to change them:
/// <code>
/// dotnet run -c Release --project tests/WuzhenSite.Benchmarks -- sample-photos input
/// </code>
/// How they are made: each picture is an abstract conference scene painted by libvips (NetVips) from
/// arithmetic alone (<see cref="ConferenceScenes"/>: gradients, soft discs and boxes, beams of
/// light, repeated silhouettes; no randomness, no fonts, no source photos), saved with no metadata
/// and the sRGB profile, then given, by Debian's exiftool, what a press office's photos carry:
/// IPTC or XMP caption, credit, by-line and copyright (the credits are fictional), and in some
/// the camera's private data (EXIF GPS position, make, model, body and lens serial numbers) that
/// the site must strip from everything it publishes. The same libvips and exiftool versions give
/// the same bytes (exiftool names its version inside the XMP).
/// <list type="bullet">
/// <item>summit-main-hall.jpg: 4000 × 3000, the photo a Lighthouse run checks as an article's cover;
/// IPTC credits only (its article gives no caption or credit, so they come from the file), GPS and serials.</item>
/// <item>expo-hall-lights.jpg, forum-panel-stage.jpg, press-centre-desks.png: 2400 × 1600, a gallery;
/// IPTC; XMP only; XMP with GPS and serials in a PNG.</item>
/// <item>water-town-lanterns.jpg: 2400 × 1600, a body image; IPTC and XMP (whose credits differ:
/// IPTC comes first), GPS.</item>
/// <item>news/2019/2019-sixth-wic-opens-in-wuzhen/opening-stage.jpg: a page bundle's cover, 2400 × 1600
/// as seen but stored on its side (1600 × 2400, EXIF Orientation 6) as a camera held upright
/// writes it; IPTC, serials, no GPS.</item>
/// </list>
/// </summary>
internal static class SamplePhotos
{
    private const string Office = "Wuzhen Summit Press Office";

    private static readonly SamplePhoto[] Photos =
    [
        new("assets/photos/summit-main-hall.jpg", 4000, 3000, ConferenceScenes.MainHall,
        [
            .. Iptc("The main hall in Wuzhen under blue and amber stage lights, minutes before a morning session of the 2021 summit",
                "Zhou Lan", "© 2021 Wuzhen Summit Press Office. Editorial use only."),
            .. Camera(30.7466, 120.4911, "FX9-20210926-0117", "LN-4410-2093"),
        ]),
        new("assets/photos/expo-hall-lights.jpg", 2400, 1600, ConferenceScenes.ExpoHall,
        [
            .. Iptc("Stands of the Light of the Internet Expo glow under rows of ceiling lamps on the exhibition floor",
                "Zhou Lan", "© Wuzhen Summit Press Office"),
        ]),
        new("assets/photos/forum-panel-stage.jpg", 2400, 1600, ConferenceScenes.ForumPanel,
        [
            .. Xmp("Five chairs wait behind the panel table before a sub-forum on the duties of internet platforms",
                "He Ming", "© Wuzhen Summit Press Office"),
        ]),
        new("assets/photos/press-centre-desks.png", 2400, 1600, ConferenceScenes.PressCentre,
        [
            .. Xmp("Rows of desks and monitors in the press centre, open to accredited reporters from seven in the morning",
                "He Ming", "© Wuzhen Summit Press Office"),
            .. Camera(30.7459, 120.4903, "FX9-20210926-0117", "LN-4410-2093"),
        ]),
        new("assets/photos/water-town-lanterns.jpg", 2400, 1600, ConferenceScenes.WaterTown,
        [
            .. Iptc("Red lanterns and a stone bridge reflected in a canal of the old water town after dark",
                "Zhou Lan", "© Wuzhen Summit Press Office"),
            .. Xmp("Red lanterns and a stone bridge reflected in a canal of the old water town after dark",
                "Zhou Lan", "© Wuzhen Summit Press Office"),
            .. Camera(30.7436, 120.4829, "FX9-20210926-0117", "LN-4410-2093"),
        ]),
        new("news/2019/2019-sixth-wic-opens-in-wuzhen/opening-stage.jpg", 2400, 1600, ConferenceScenes.OpeningStage,
        [
            .. Iptc("A ring of light hangs above the stage as the sixth World Internet Conference opens in Wuzhen",
                "Zhou Lan", "© 2019 Wuzhen Summit Press Office"),
            .. Serials("FX9-20191020-0008", "LN-4410-2093"),
        ], Sideways: true),
    ];

    /// <summary>Writes every sample photo under <paramref name="inputFolder"/> and lists them with their sizes.</summary>
    public static int Write(string inputFolder)
    {
        foreach (var photo in Photos)
        {
            var path = Path.Combine(inputFolder, photo.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var upright = photo.Draw(photo.Width, photo.Height))
            using (var stored = photo.Sideways ? upright.Rot(Enums.Angle.D270) : upright.Copy())
            {
                Save(stored, path);
            }

            ExifTool.Write(path, photo.Sideways ? [.. photo.Tags, "-EXIF:Orientation#=6"] : photo.Tags);
            Console.WriteLine($"{photo.Path}  {photo.Width} x {photo.Height}{(photo.Sideways ? " (stored on its side)" : "")}  {new FileInfo(path).Length / 1024} KB");
        }

        return 0;
    }

    private static void Save(Image image, string path)
    {
        // The sRGB profile is kept so the site can show that a derived image keeps its colour profile.
        if (path.EndsWith(".png", StringComparison.Ordinal))
        {
            image.Pngsave(path, compression: 9, keep: Enums.ForeignKeep.Icc, profile: "srgb");
        }
        else
        {
            // Quality 80 and smooth content keep the 4000 × 3000 cover near a megabyte, as a camera's JPEG of a dim hall.
            image.Jpegsave(path, q: 80, optimizeCoding: true, keep: Enums.ForeignKeep.Icc, profile: "srgb");
        }
    }

    private static string[] Iptc(string caption, string byline, string copyright) =>
        [$"-IPTC:Caption-Abstract={caption}", $"-IPTC:Credit={Office}", $"-IPTC:By-line={byline}", $"-IPTC:CopyrightNotice={copyright}"];

    private static string[] Xmp(string caption, string creator, string rights) =>
        [$"-XMP-dc:Description={caption}", $"-XMP-photoshop:Credit=Photo: {Office}", $"-XMP-dc:Creator={creator}", $"-XMP-dc:Rights={rights}"];

    private static string[] Camera(double latitude, double longitude, string body, string lens) =>
    [
        $"-EXIF:GPSLatitude={Number(latitude)}", "-EXIF:GPSLatitudeRef=N", $"-EXIF:GPSLongitude={Number(longitude)}", "-EXIF:GPSLongitudeRef=E",
        "-EXIF:GPSAltitude=7", "-EXIF:GPSAltitudeRef#=0",
        .. Serials(body, lens),
    ];

    // exiftool's SerialNumber is EXIF 2.3's BodySerialNumber (0xa431); XMP-aux repeats both, as Lightroom writes them.
    private static string[] Serials(string body, string lens) =>
    [
        "-EXIF:Make=Fictional Optics", "-EXIF:Model=FX-9 Mark II",
        $"-EXIF:SerialNumber={body}", $"-EXIF:LensSerialNumber={lens}",
        $"-XMP-aux:SerialNumber={body}", $"-XMP-aux:LensSerialNumber={lens}",
    ];

    private static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>One sample photo: where it goes under input/, its size as seen, how it is drawn and what metadata it carries.</summary>
    private sealed record SamplePhoto(string Path, int Width, int Height, Func<int, int, Image> Draw, string[] Tags, bool Sideways = false);
}
