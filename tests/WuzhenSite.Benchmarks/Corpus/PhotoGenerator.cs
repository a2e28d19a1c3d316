using NetVips;

namespace WuzhenSite.Benchmarks.Corpus;

/// <summary>
/// Writes photo-like 4000 × 3000 JPEGs for the photo benchmarks. A flat or purely random picture
/// would not cost what a camera photo costs to decode and encode: flat areas compress to nothing
/// and white noise to several times a photo's size. So each picture is what a photo is made of:
/// smooth light (large Perlin cells and a gradient), texture at several scales (smaller cells,
/// Worley cells), hard-edged shapes (stage, screens, people), slightly blurred as by a lens, and
/// sensor grain. Every random choice comes from the photo's number, so the same number gives the
/// same file.
/// </summary>
public static class PhotoGenerator
{
    public const int Width = 4000;
    public const int Height = 3000;
    public const int Quality = 85;

    /// <summary>The file name of photo <paramref name="number"/> (1-based): <c>p001.jpg</c>.</summary>
    public static string FileName(int number) => $"p{number:000}.jpg";

    /// <summary>Writes photos 1 to <paramref name="count"/> into <paramref name="folder"/>; returns their total size in bytes.</summary>
    public static long Generate(string folder, int count, int seed = 2026)
    {
        Directory.CreateDirectory(folder);
        // libvips already spreads one picture over its threads; two pictures at a time keep both
        // cores busy through the single-threaded parts (the JPEG encoder's entropy coding).
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Math.Min(2, Environment.ProcessorCount)) };
        long total = 0;
        Parallel.For(1, count + 1, parallel, number =>
        {
            var path = Path.Combine(folder, FileName(number));
            Write(path, seed + number);
            Interlocked.Add(ref total, new FileInfo(path).Length);
        });
        return total;
    }

    private static void Write(string path, int seed)
    {
        var random = new Random(seed);
        using var light = Light(random, seed);
        using var shapes = Shapes(random);
        using var lens = shapes.Gaussblur(random.Next(2, 6) / 2.0);
        // Where a shape was drawn it covers the light, with the light's texture still showing
        // through, as a lit object in a scene does.
        using var covered = lens.ExtractBand(3) / 255.0;
        using var scene = light * (1 - covered * 0.6) + lens.ExtractBand(0, n: 3) * covered * 0.6;
        using var grain = Image.Gaussnoise(Width, Height, sigma: 4 + random.NextDouble() * 4, mean: 0, seed: seed);
        using var photo = (scene + grain).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        photo.Jpegsave(path, q: Quality);
    }

    // The scene's light and texture in three float bands of about 0 to 255: octaves of Perlin noise
    // and one of Worley cells, mixed per colour with a gradient across the frame.
    private static Image Light(Random random, int seed)
    {
        using var coarse = Image.Perlin(Width, Height, cellSize: 1024, seed: seed);
        using var medium = Image.Perlin(Width, Height, cellSize: 192, seed: seed + 1);
        using var fine = Image.Perlin(Width, Height, cellSize: 24, seed: seed + 2);
        using var finest = Image.Perlin(Width, Height, cellSize: 5, seed: seed + 4);
        var cellSize = random.Next(48, 160);
        using var cells = Image.Worley(Width, Height, cellSize: cellSize, seed: seed + 3);
        using var xy = Image.Xyz(Width, Height);
        using var x = xy.ExtractBand(0) / (double)Width;
        using var y = xy.ExtractBand(1) / (double)Height;
        // Worley gives the distance to the cell's point, up to about the cell size: scaled to 0 to 1.
        using var cellsScaled = cells / (double)cellSize;
        using var bands = coarse.Bandjoin(medium, fine, finest, cellsScaled, x, y);
        var mix = new double[3][];
        for (var colour = 0; colour < 3; colour++)
        {
            mix[colour] =
            [
                Between(random, 40, 90), Between(random, 15, 35), Between(random, 12, 28), Between(random, 10, 22),
                Between(random, -30, 30), Between(random, -80, 80), Between(random, -80, 80),
            ];
        }

        using var mixed = bands.Recomb(Image.NewFromArray(mix));
        return mixed.Linear([1.0, 1, 1], [Between(random, 90, 140), Between(random, 90, 140), Between(random, 90, 140)]);
    }

    // Hard-edged rectangles and discs in RGB (large ones, and many small ones as a crowd's heads),
    // with a fourth band that says where they are.
    private static Image Shapes(Random random)
    {
        using var empty = Image.Black(Width, Height, bands: 4);
        return empty.Mutate(canvas =>
        {
            for (var head = random.Next(150, 400); head > 0; head--)
            {
                double[] ink = [random.Next(30, 220), random.Next(20, 160), random.Next(10, 120), 255];
                canvas.DrawCircle(ink, random.Next(Width), random.Next(Height / 2, Height), random.Next(8, 60), fill: true);
            }

            for (var shape = random.Next(12, 30); shape > 0; shape--)
            {
                double[] ink = [random.Next(256), random.Next(256), random.Next(256), 255];
                if (random.Next(2) == 0)
                {
                    var (w, h) = (random.Next(60, 1200), random.Next(60, 900));
                    canvas.DrawRect(ink, random.Next(-w / 2, Width), random.Next(-h / 2, Height), w, h, fill: true);
                }
                else
                {
                    canvas.DrawCircle(ink, random.Next(Width), random.Next(Height), random.Next(20, 400), fill: true);
                }
            }
        });
    }

    private static double Between(Random random, double low, double high) => low + random.NextDouble() * (high - low);
}
