using System.Diagnostics;
using NetVips;

namespace WuzhenSite.Browser.Tests.Support;

/// <summary>
/// Photo-like JPEGs drawn with libvips, and the IPTC words written into them with exiftool, as a
/// newsroom's tools would. Smooth or flat pictures encode to a few kilobytes and would prove
/// nothing about download sizes, so each has what makes photos weigh what they do: detail at every
/// scale, stronger at the larger ones (Perlin octaves, as a photo's 1/f spectrum), hard-edged
/// shapes below a horizon, and sensor-like grain. At 800 px wide one weighs about 27 KB as AVIF and
/// 70 KB as JPEG, as a press photo does.
/// </summary>
internal static class TestPhotos
{
    public const string ExifToolPath = "/usr/bin/exiftool";

    /// <summary>Perlin octaves: cell size in pixels and how strongly it shows (in 8-bit levels).</summary>
    private static readonly (int Cell, double Strength)[] Octaves = [(1024, 40), (256, 24), (64, 16), (16, 16), (6, 12)];

    /// <summary>Writes a <paramref name="width"/>×<paramref name="height"/> JPEG; <paramref name="seed"/> makes each photo different.</summary>
    public static void WriteJpeg(string path, int width, int height, int seed)
    {
        double[] sky = [96 + 10 * (seed % 4), 150, 205 - 12 * (seed % 3)];
        double[] ground = [92, 110 - 8 * (seed % 2), 70];
        var owned = new List<Image>();
        Image Keep(Image image)
        {
            owned.Add(image);
            return image;
        }

        try
        {
            var down = Keep(Keep(Image.Xyz(width, height)[1]) * (1.0 / height));
            var up = Keep(1.0 - down);
            var detail = Keep(Image.Black(width, height).Cast(Enums.BandFormat.Float));
            foreach (var (cell, strength) in Octaves)
            {
                detail = Keep(detail + Keep(Image.Perlin(width, height, cellSize: Math.Min(cell, width), seed: seed * 31 + cell)) * strength);
            }

            // Shapes with sharp outlines in the lower half, where a photo has buildings and people.
            var belowHorizon = Keep(Keep(Keep(down > 0.5).Cast(Enums.BandFormat.Float)) * (1.0 / 255));
            var outlines = Keep(Keep(Keep(Image.Perlin(width, height, cellSize: 300, seed: seed * 97)) > 0.1).Cast(Enums.BandFormat.Float));
            var shapes = Keep(Keep(outlines * (1.0 / 255)) * belowHorizon);
            var channels = new Image[3];
            for (var c = 0; c < 3; c++)
            {
                var colour = Keep(Keep(up * sky[c]) + Keep(down * ground[c]));
                var tint = Keep(Keep(Image.Perlin(width, height, cellSize: Math.Min(512, width), seed: seed * 7 + c)) * 20);
                var grain = Keep(Image.Gaussnoise(width, height, sigma: 6, mean: 0, seed: seed * 13 + c));
                channels[c] = Keep(Keep(Keep(Keep(colour + detail) + tint) + grain) - Keep(shapes * (60 + 20 * c)));
            }

            var rgb = Keep(Keep(Keep(channels[0].Bandjoin(channels[1], channels[2])).Cast(Enums.BandFormat.Uchar)).Copy(interpretation: Enums.Interpretation.Srgb));
            rgb.Jpegsave(path, q: 88);
        }
        finally
        {
            foreach (var image in owned)
            {
                image.Dispose();
            }
        }
    }

    /// <summary>Writes IPTC Caption-Abstract (2:120) and Credit (2:110) into the photo, in UTF-8.</summary>
    public static void WriteIptc(string path, string caption, string credit)
    {
        var start = new ProcessStartInfo(ExifToolPath) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-overwrite_original", "-charset", "iptc=UTF8", "-IPTC:CodedCharacterSet=UTF8",
            "-IPTC:Caption-Abstract=" + caption, "-IPTC:Credit=" + credit, path })
        {
            start.ArgumentList.Add(argument);
        }

        using var exiftool = Process.Start(start) ?? throw new InvalidOperationException("exiftool could not be started.");
        var errors = exiftool.StandardError.ReadToEndAsync();
        exiftool.StandardOutput.ReadToEnd();
        exiftool.WaitForExit();
        if (exiftool.ExitCode != 0)
        {
            throw new InvalidOperationException($"exiftool failed on {path} with exit code {exiftool.ExitCode}: {errors.Result}");
        }
    }
}
