using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Iptc;
using MetadataExtractor.Formats.Xmp;
using NetVips;
using WuzhenSite.Cli.Tests.Support;
using MetadataDirectory = MetadataExtractor.Directory;

namespace WuzhenSite.Cli.Tests.Photos;

/// <summary>
/// The photo fixture holds what it promises: the private tags and the credits are really in the
/// files, as exiftool and MetadataExtractor (the site's reader) both see them, so a test that finds
/// them gone from a derived image proves the site removed them.
/// </summary>
public sealed class TestPhotosTests : IDisposable
{
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string Photoshop = "http://ns.adobe.com/photoshop/1.0/";

    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void A_drawn_photo_has_the_size_asked_for_and_no_metadata()
    {
        var path = TestPhotos.Jpeg(_folder.Path, width: 640, height: 480);

        using var image = Image.NewFromFile(path);
        Assert.Equal((640, 480), (image.Width, image.Height));
        var tags = TestPhotos.ReadTags(path);
        Assert.Empty(TestPhotos.PrivateTagNames(path));
        Assert.DoesNotContain(tags.Keys, k => k.StartsWith("IPTC:", StringComparison.Ordinal) || k.StartsWith("XMP", StringComparison.Ordinal) || k.StartsWith("EXIF:", StringComparison.Ordinal));
    }

    [Fact]
    public void Drawing_the_same_photo_twice_gives_the_same_bytes()
    {
        var first = TestPhotos.PressPhoto(_folder.Combine("a"), width: 800, height: 600);
        var second = TestPhotos.PressPhoto(_folder.Combine("b"), width: 800, height: 600);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void The_drawn_picture_is_not_flat()
    {
        using var image = Image.NewFromFile(TestPhotos.Jpeg(_folder.Path, width: 400, height: 300));

        // A flat picture would let an encoder or a wrong crop pass unnoticed.
        Assert.True(image.Deviate() > 10, $"standard deviation {image.Deviate()}");
        Assert.NotEqual(image.Getpoint(200, 100), image.Getpoint(10, 290));
    }

    [Fact]
    public void The_camera_tags_are_written_where_exiftool_finds_them()
    {
        var path = TestPhotos.WithCamera(TestPhotos.Jpeg(_folder.Path, width: 320, height: 240));

        var tags = TestPhotos.ReadTags(path);
        var camera = CameraDetails.InWuzhen;
        Assert.Equal("N", tags["EXIF:GPSLatitudeRef"][..1]);
        Assert.Equal("E", tags["EXIF:GPSLongitudeRef"][..1]);
        Assert.StartsWith("30 deg 44'", tags["EXIF:GPSLatitude"], StringComparison.Ordinal);
        Assert.StartsWith("120 deg 29'", tags["EXIF:GPSLongitude"], StringComparison.Ordinal);
        Assert.Equal(camera.BodySerialNumber, tags["EXIF:SerialNumber"]);
        Assert.Equal(camera.LensSerialNumber, tags["EXIF:LensSerialNumber"]);
        Assert.Equal(camera.BodySerialNumber, tags["XMP:SerialNumber"]);
        Assert.Equal(camera.Make, tags["EXIF:Make"]);
        Assert.Equal(camera.Model, tags["EXIF:Model"]);
        Assert.Contains("EXIF:GPSLatitude", TestPhotos.PrivateTagNames(path));
        Assert.Contains("XMP:LensSerialNumber", TestPhotos.PrivateTagNames(path));
    }

    [Fact]
    public void MetadataExtractor_reads_the_gps_position_and_the_serial_numbers()
    {
        var path = TestPhotos.WithCamera(TestPhotos.Jpeg(_folder.Path, width: 320, height: 240));

        var directories = ImageMetadataReader.ReadMetadata(path);
        var position = directories.OfType<GpsDirectory>().Single().GetGeoLocation();
        Assert.NotNull(position);
        Assert.Equal(CameraDetails.InWuzhen.Latitude, position.Latitude, 4);
        Assert.Equal(CameraDetails.InWuzhen.Longitude, position.Longitude, 4);
        var exif = directories.OfType<ExifSubIfdDirectory>().Single();
        Assert.Equal(CameraDetails.InWuzhen.BodySerialNumber, exif.GetString(ExifDirectoryBase.TagBodySerialNumber));
        Assert.Equal(CameraDetails.InWuzhen.LensSerialNumber, exif.GetString(ExifDirectoryBase.TagLensSerialNumber));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_iptc_credits_are_read_back_by_exiftool_and_MetadataExtractor(bool chinese)
    {
        var credits = chinese ? PhotoCredits.PressOfficeChinese : PhotoCredits.PressOffice;
        var path = TestPhotos.WithIptc(TestPhotos.Jpeg(_folder.Path, width: 320, height: 240), credits);

        var tags = TestPhotos.ReadTags(path);
        Assert.Equal(credits.Caption, tags["IPTC:Caption-Abstract"]);
        Assert.Equal(credits.Credit, tags["IPTC:Credit"]);
        Assert.Equal(credits.Byline, tags["IPTC:By-line"]);
        Assert.Equal(credits.Copyright, tags["IPTC:CopyrightNotice"]);

        var iptc = ImageMetadataReader.ReadMetadata(path).OfType<IptcDirectory>().Single();
        Assert.Equal(credits.Caption, iptc.GetString(IptcDirectory.TagCaption));
        Assert.Equal(credits.Credit, iptc.GetString(IptcDirectory.TagCredit));
        Assert.Equal(credits.Byline, iptc.GetString(IptcDirectory.TagByLine));
        Assert.Equal(credits.Copyright, iptc.GetString(IptcDirectory.TagCopyrightNotice));
        Assert.Empty(TestPhotos.PrivateTagNames(path));
    }

    [Fact]
    public void A_photo_can_carry_its_credits_in_xmp_alone()
    {
        var credits = PhotoCredits.PressOffice;
        var path = TestPhotos.WithXmp(TestPhotos.Jpeg(_folder.Path, width: 320, height: 240), credits);

        var directories = ImageMetadataReader.ReadMetadata(path);
        Assert.Empty(directories.OfType<IptcDirectory>());
        AssertXmpCredits(directories, credits);
        var tags = TestPhotos.ReadTags(path);
        Assert.Equal(credits.Caption, tags["XMP:Description"]);
        Assert.Equal(credits.Credit, tags["XMP:Credit"]);
        Assert.DoesNotContain(tags.Keys, k => k.StartsWith("IPTC:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_press_photo_has_camera_details_and_both_kinds_of_credit()
    {
        var path = TestPhotos.PressPhoto(_folder.Path, width: 400, height: 300);

        var directories = ImageMetadataReader.ReadMetadata(path);
        Assert.Equal(PhotoCredits.PressOffice.Caption, directories.OfType<IptcDirectory>().Single().GetString(IptcDirectory.TagCaption));
        AssertXmpCredits(directories, PhotoCredits.PressOffice);
        Assert.Single(directories.OfType<GpsDirectory>());
        Assert.Contains("EXIF:SerialNumber", TestPhotos.PrivateTagNames(path));
    }

    [Fact]
    public void Png_and_webp_photos_carry_gps_and_xmp_credits()
    {
        var png = TestPhotos.WithXmp(TestPhotos.WithCamera(TestPhotos.Png(_folder.Path, width: 300, height: 200)), PhotoCredits.PressOffice);
        var webp = TestPhotos.WithXmp(TestPhotos.WithCamera(TestPhotos.Webp(_folder.Path, width: 300, height: 200)), PhotoCredits.PressOffice);

        foreach (var path in new[] { png, webp })
        {
            using var image = Image.NewFromFile(path);
            Assert.Equal((300, 200), (image.Width, image.Height));
            Assert.Contains(TestPhotos.PrivateTagNames(path), k => k.EndsWith(":GPSLatitude", StringComparison.Ordinal));
            Assert.Contains(TestPhotos.PrivateTagNames(path), k => k.EndsWith(":SerialNumber", StringComparison.Ordinal));
            AssertXmpCredits(ImageMetadataReader.ReadMetadata(path), PhotoCredits.PressOffice);
        }

        Assert.Equal("image/png", TestPhotos.ReadTags(png)["File:MIMEType"]);
        Assert.Equal("image/webp", TestPhotos.ReadTags(webp)["File:MIMEType"]);
    }

    [Fact]
    public void A_sideways_photo_is_upright_only_once_its_orientation_is_applied()
    {
        var path = TestPhotos.SidewaysJpeg(_folder.Path, width: 300, height: 400);

        Assert.Equal("Rotate 90 CW", TestPhotos.ReadTags(path)["EXIF:Orientation"]); // Orientation 6
        using var stored = Image.NewFromFile(path);
        Assert.Equal((400, 300), (stored.Width, stored.Height));
        Assert.False(IsMarker(stored.Getpoint(10, 10)));
        Assert.True(IsMarker(stored.Getpoint(10, stored.Height - 10)));

        using var upright = stored.Autorot();
        Assert.Equal((300, 400), (upright.Width, upright.Height));
        Assert.True(IsMarker(upright.Getpoint(10, 10)));
        Assert.False(IsMarker(upright.Getpoint(upright.Width - 10, 10)));
    }

    public void Dispose() => _folder.Dispose();

    private static bool IsMarker(double[] pixel) =>
        pixel.Zip(TestPhotos.MarkerColour).All(p => Math.Abs(p.First - p.Second) < 24);

    private static void AssertXmpCredits(IReadOnlyList<MetadataDirectory> directories, PhotoCredits credits)
    {
        var xmp = directories.OfType<XmpDirectory>().Single().XmpMeta;
        Assert.NotNull(xmp);
        Assert.Equal(credits.Caption, xmp.GetLocalizedText(Dc, "description", null, "x-default")?.Value);
        Assert.Equal(credits.Credit, xmp.GetPropertyString(Photoshop, "Credit"));
        Assert.Equal(credits.Byline, xmp.GetArrayItem(Dc, "creator", 1)?.Value);
        Assert.Equal(credits.Copyright, xmp.GetLocalizedText(Dc, "rights", null, "x-default")?.Value);
    }
}
